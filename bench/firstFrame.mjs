/**
 * First frame of the interactive review: milliseconds from spawning `node dist/cli.js review` on the
 * bundled seeds (the letter and every press document) in a real pseudo-terminal until the whole first
 * frame is on screen — the footer is its last line — median of 5 runs after one untimed warm-up. This
 * is what a user waits for after pressing Enter: Node start-up, reading the documents and comparing the
 * first press document, loading Ink and React, the first render. Target: under 1 s. The review opens on
 * the first press document while the others are compared, so the time until the header no longer says
 * "comparing N more" (every document in) is measured and reported too.
 *
 * Run alone with `node bench/firstFrame.mjs`, or through `npm run bench` (bench/run.mjs), which records
 * the median as `firstFrameMs` in bench/results.json. Needs the built code (`npm run build`).
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pty from "@lydell/node-pty";
import { median } from "./stats.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
/** The footer ends with the quit key on every layout: when it is drawn, the frame is complete. */
const FRAME_END = "q quit";
const RUN_TIMEOUT_MS = 30_000;

function seedArgs() {
  const seeds = readdirSync(join(root, "seeds"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join("seeds", f));
  const letter = seeds.find((f) => /(?:^|\/)001_/.test(f)) ?? seeds[0];
  return [letter, ...seeds.filter((f) => f !== letter)];
}

/** A terminal user's environment: with CI set, Ink draws nothing until exit. */
function terminalEnv() {
  const env = { ...process.env, TERM: "xterm-256color" };
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
  return env;
}

/** The header says this while press documents are still being compared (see src/ui/Header.tsx). */
const STILL_COMPARING = "comparing";
/** Ink draws each frame as one synchronised update; the text after the last start is the latest frame. */
const SYNC_START = "\u001b[?2026h";

/**
 * One run: resolves with the milliseconds to the first complete frame (it shows the first press
 * document) and to the first frame with every press document compared, after quitting the review.
 */
function once(stateFile, { columns, rows }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = pty.spawn(
      process.execPath,
      ["dist/cli.js", "review", ...seedArgs(), "--state", stateFile],
      { name: "xterm-256color", cols: columns, rows, cwd: root, env: terminalEnv() },
    );
    let output = "";
    let frameMs;
    let allMs;
    const timer = setTimeout(() => {
      child.kill();
      reject(
        new Error(`no complete review within ${RUN_TIMEOUT_MS} ms; output so far: ${output.slice(-300)}`),
      );
    }, RUN_TIMEOUT_MS);
    child.onData((data) => {
      output += data;
      const now = performance.now() - started;
      if (frameMs === undefined && output.includes(FRAME_END)) frameMs = now;
      if (frameMs !== undefined && allMs === undefined) {
        const latest = output.slice(Math.max(0, output.lastIndexOf(SYNC_START)));
        if (latest.includes(FRAME_END) && !latest.includes(STILL_COMPARING)) {
          allMs = now;
          child.write("q");
        }
      }
    });
    child.onExit(({ exitCode }) => {
      clearTimeout(timer);
      if (frameMs === undefined || allMs === undefined)
        reject(new Error(`review exited ${exitCode} before drawing every document: ${output.slice(-300)}`));
      else resolve({ frameMs, allMs });
    });
  });
}

/**
 * Measures the first frame `runs` times (plus one warm-up) at `columns` × `rows`. Returns the median and
 * the spread in milliseconds.
 */
export async function measureFirstFrame({ runs = 5, columns = 120, rows = 40 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "presscheck-first-frame-"));
  try {
    const stateFile = join(dir, "state.json");
    await once(stateFile, { columns, rows });
    const times = [];
    const allTimes = [];
    for (let i = 0; i < runs; i++) {
      const { frameMs, allMs } = await once(stateFile, { columns, rows });
      times.push(frameMs);
      allTimes.push(allMs);
    }
    return {
      runs,
      medianMs: median(times),
      minMs: Math.min(...times),
      maxMs: Math.max(...times),
      times,
      allDocumentsMedianMs: median(allTimes),
      allDocumentsTimes: allTimes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * For bench/run.mjs: the median milliseconds to the first frame and to every document compared, logged
 * on stderr as they are measured.
 */
export async function firstFrameTimes() {
  process.stderr.write("first frame of the review (pty, 120×40, seeds, median of 5)…\n");
  const r = await measureFirstFrame();
  process.stderr.write(
    `  first frame: median ${r.medianMs.toFixed(0)} ms (min ${r.minMs.toFixed(0)}, max ${r.maxMs.toFixed(0)}; target < 1000 ms); every document in: median ${r.allDocumentsMedianMs.toFixed(0)} ms\n`,
  );
  return { firstFrameMs: Math.round(r.medianMs), allDocumentsMs: Math.round(r.allDocumentsMedianMs) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await measureFirstFrame();
  process.stdout.write(
    `${JSON.stringify({ firstFrameMs: Math.round(r.medianMs), allDocumentsMs: Math.round(r.allDocumentsMedianMs), ...r }, null, 2)}\n`,
  );
}
