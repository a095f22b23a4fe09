/**
 * First frame of the interactive review: milliseconds from spawning `node dist/cli.js review` on the
 * bundled seeds (the letter and every press document) in a real pseudo-terminal until the whole first
 * frame is on screen — the footer is its last line — median of 5 runs after one untimed warm-up. This
 * is what a user waits for after pressing Enter: Node start-up, reading and comparing the documents,
 * loading Ink and React, the first render. Target: under 1 s.
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

/** One run: resolves with the milliseconds to the first complete frame, after quitting the review. */
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
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no first frame within ${RUN_TIMEOUT_MS} ms; output so far: ${output.slice(-300)}`));
    }, RUN_TIMEOUT_MS);
    child.onData((data) => {
      output += data;
      if (frameMs === undefined && output.includes(FRAME_END)) {
        frameMs = performance.now() - started;
        child.write("q");
      }
    });
    child.onExit(({ exitCode }) => {
      clearTimeout(timer);
      if (frameMs === undefined) reject(new Error(`review exited ${exitCode} before drawing: ${output}`));
      else resolve(frameMs);
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
    for (let i = 0; i < runs; i++) times.push(await once(stateFile, { columns, rows }));
    return { runs, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), times };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** For bench/run.mjs: the median first-frame time in milliseconds, logged on stderr as it is measured. */
export async function firstFrameMs() {
  process.stderr.write("first frame of the review (pty, 120×40, seeds, median of 5)…\n");
  const r = await measureFirstFrame();
  process.stderr.write(
    `  first frame: median ${r.medianMs.toFixed(0)} ms (min ${r.minMs.toFixed(0)}, max ${r.maxMs.toFixed(0)}; target < 1000 ms)\n`,
  );
  return Math.round(r.medianMs);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await measureFirstFrame();
  process.stdout.write(`${JSON.stringify({ firstFrameMs: Math.round(r.medianMs), ...r }, null, 2)}\n`);
}
