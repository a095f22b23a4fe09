/**
 * End-to-end: the real binary's interactive review (dist/cli.js, built by test/e2e/buildOnce.ts) in a real
 * pseudo-terminal, read back through a small terminal screen (ptyScreen.ts). Every wait polls the screen
 * for what a user would see, bounded (15 s) so a loaded CI machine is slow but never hangs the suite.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pty from "@lydell/node-pty";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Report } from "../../src/report/schema.js";
import { isDiscrepancy } from "../../src/review/discrepancy.js";
import { computeLayout } from "../../src/ui/layout.js";
import { PtyScreen } from "./ptyScreen.js";

const CLI = resolve("dist/cli.js");
const WAIT_MS = 15_000;
const COLUMNS = 120;
const ROWS = 40;
/** How long output may trail the exit event (node-pty reads the pty asynchronously). */
const DRAIN_MS = 500;
const NOTE = "Checked against the letter, page 2";
/** A whole session is many bounded waits: generous for a loaded 2-core CI machine (usually a few seconds). */
const TEST_TIMEOUT_MS = 120_000;

interface Session {
  screen: PtyScreen;
  write: (keys: string) => void;
  /** Polls the screen until `check` holds (or a string is on it); fails with the screen after WAIT_MS. */
  waitFor: (check: string | ((text: string) => boolean), what?: string) => Promise<void>;
  exited: Promise<number>;
  kill: () => void;
}

const running: Session[] = [];

/** The environment a person's terminal would give: Ink draws nothing at all with CI set. */
function terminalEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
  return { ...env, TERM: "xterm-256color", ...extra };
}

function start(args: string[], cwd: string, env = terminalEnv()): Session {
  const screen = new PtyScreen(COLUMNS, ROWS);
  const child = pty.spawn(process.execPath, [CLI, ...args], {
    name: "xterm-256color",
    cols: COLUMNS,
    rows: ROWS,
    cwd,
    env,
  });
  let done = false;
  let exit = "";
  child.onData((data) => screen.write(data));
  const exited = new Promise<number>((resolveExit) =>
    child.onExit(({ exitCode, signal }) => {
      done = true;
      exit = `exit code ${exitCode}${signal ? `, signal ${signal}` : ""}`;
      resolveExit(exitCode);
    }),
  );
  const waitFor: Session["waitFor"] = async (check, what) => {
    const test = typeof check === "string" ? (text: string) => text.includes(check) : check;
    const deadline = Date.now() + WAIT_MS;
    while (!test(screen.text())) {
      if (Date.now() > deadline || done) {
        // node-pty can report the exit before the last output has been read: give it a moment to arrive.
        if (done) await new Promise((r) => setTimeout(r, DRAIN_MS));
        if (test(screen.text())) return;
        throw new Error(
          `waited for ${what ?? JSON.stringify(check)}${done ? ` (the program exited: ${exit})` : ""}; ` +
            `the screen:\n${screen.text()}\nthe raw output (${screen.raw.length} characters):\n` +
            JSON.stringify(screen.raw.slice(-2000)),
        );
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const session: Session = {
    screen,
    write: (keys) => child.write(keys),
    waitFor,
    exited,
    kill: () => {
      if (!done) child.kill();
    },
  };
  running.push(session);
  return session;
}

async function quit(s: Session): Promise<void> {
  s.write("q");
  const code = await Promise.race([
    s.exited,
    new Promise<number>((_, reject) => setTimeout(() => reject(new Error("did not exit on q")), WAIT_MS)),
  ]);
  expect(code).toBe(0);
}

let dir: string;
let args: string[];
let report: Report;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "presscheck-pty-"));
  const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt"));
  for (const f of seeds) copyFileSync(join("seeds", f), join(dir, f));
  const letter = seeds.find((f) => f.startsWith("001_")) as string;
  const press = seeds.filter((f) => f !== letter).sort();
  args = [letter, ...press];
  // What the review will show, from the JSON report of the same documents (nothing hard-coded).
  const r = spawnSync(process.execPath, [CLI, "report", ...args, "--format", "json"], {
    cwd: dir,
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(r.status, r.stderr).toBe(0);
  report = JSON.parse(r.stdout) as Report;
}, 90_000);

afterEach(() => {
  for (const s of running.splice(0)) s.kill();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The detail pane's side of the screen (the list pane is `listWidth` columns on the left). */
function detailPane(text: string): string {
  const { listWidth } = computeLayout(COLUMNS, ROWS);
  return text
    .split("\n")
    .map((line) => line.slice(listWidth))
    .join("\n");
}

/** The first words of a press sentence as the detail pane shows them (white space collapsed). */
function opening(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, 24);
}

describe("presscheck review in a real terminal", { timeout: TEST_TIMEOUT_MS }, () => {
  it("n three times, confirm, note, quit; re-open shows both; export Markdown holds both", async () => {
    const doc = report.documents[0];
    if (!doc) throw new Error("no press document in the report");
    // n from the first finding: the next three discrepancies after it.
    const targets = doc.findings.map((f, i) => ({ f, i })).filter(({ f, i }) => i > 0 && isDiscrepancy(f));
    expect(targets.length).toBeGreaterThanOrEqual(3);
    const chosen = targets[2]?.f;
    if (!chosen) throw new Error("no third discrepancy");
    const state = join(dir, "review-state.json");
    const total = doc.summary.claimFindings;

    const first = start(["review", ...args, "--state", state], dir);
    await first.waitFor(
      (t) => t.includes(`0/${total} claims reviewed`) && t.includes("q quit"),
      "the first frame",
    );
    // The review opens on the first press document; the others arrive while it is shown.
    const count = args.length - 1;
    await first.waitFor(
      (t) => t.includes(`press 1/${count}: `) && !t.includes("comparing"),
      `all ${count} press documents compared`,
    );
    for (const target of targets.slice(0, 3)) {
      first.write("n");
      await first.waitFor(
        (t) => detailPane(t).includes(opening(target.f.press.text)),
        `finding ${target.i} in the detail`,
      );
    }
    first.write("c");
    await first.waitFor((t) => t.includes(`1/${total} claims reviewed`) && t.includes("Review: ✓ confirmed"));
    first.write("e");
    await first.waitFor("Note: ");
    first.write(NOTE);
    await first.waitFor(`Note: ${NOTE}`);
    first.write("\r");
    await first.waitFor(`✓ confirmed  note: ${NOTE}`);
    // Saved as it happened, beside --state (one file per press document).
    // (The frame is drawn just before the save runs, so poll the files too.)
    const savedText = () =>
      readdirSync(dir)
        .filter((f) => f.startsWith("review-state."))
        .map((f) => readFileSync(join(dir, f), "utf8"))
        .join("");
    await vi.waitFor(() => expect(savedText()).toContain(NOTE), { timeout: WAIT_MS, interval: 25 });
    await quit(first);

    const second = start(["review", ...args, "--state", state], dir);
    await second.waitFor(`1/${total} claims reviewed`);
    second.write("nnn"); // one chunk: taken key by key
    await second.waitFor((t) => detailPane(t).includes(opening(chosen.press.text)), "the chosen finding");
    await second.waitFor(`✓ confirmed  note: ${NOTE}`);
    second.write("x");
    await second.waitFor("Export [md]");
    const out = join(dir, "exported report.md");
    second.write("\u0015"); // Ctrl-U: clear the suggested path
    second.write(out);
    await second.waitFor(out);
    second.write("\r");
    await second.waitFor(`Exported md to ${out}`);
    await quit(second);
    const markdown = readFileSync(out, "utf8");
    expect(markdown).toContain(NOTE);
    expect(markdown).toMatch(/confirmed/);
    expect(markdown).toContain(chosen.press.text.replace(/\s+/g, " ").trim().slice(0, 40));
  });

  it("Tab away and back keeps the finding; an omission is confirmed and exported with its decision", async () => {
    const doc = report.documents[0];
    const third = doc?.findings[2];
    const omission = doc?.omissions[0];
    if (!third || !omission) throw new Error("the first press document needs 3 findings and an omission");
    const count = args.length - 1;
    const s = start(["review", ...args, "--state", join(dir, "all-day.json")], dir);
    await s.waitFor((t) => t.includes(`press 1/${count}: `) && !t.includes("comparing"), "every document");
    s.write("jj");
    await s.waitFor((t) => detailPane(t).includes(opening(third.press.text)), "the third finding");
    s.write("\t");
    await s.waitFor(`press 2/${count}: `);
    s.write("\u001b[Z"); // Shift-Tab
    await s.waitFor(`press 1/${count}: `);
    await s.waitFor((t) => detailPane(t).includes(opening(third.press.text)), "the third finding again");
    s.write("o");
    await s.waitFor("Omitted critical findings (");
    s.write("c");
    await s.waitFor("Review: confirmed", "the omission confirmed");
    await s.waitFor((t) => t.includes("›✓ OMITTED"), "the ✓ mark in the omissions list");
    s.write("x");
    await s.waitFor("Export [md]");
    const out = join(dir, "omission report.md");
    s.write("\u0015");
    s.write(out);
    await s.waitFor(out);
    s.write("\r");
    await s.waitFor(`Exported md to ${out}`);
    await quit(s);
    const line = readFileSync(out, "utf8")
      .split("\n")
      .find(
        (l) => /^(?:- |\d+\. )/.test(l) && l.includes(omission.text.replace(/\s+/g, " ").trim().slice(0, 30)),
      );
    expect(line).toContain("**Reviewer:** confirmed");
  });

  it("redraws a key press in place: no screen clear, no scrolling, the frame shorter than 40 rows", async () => {
    const s = start(["review", ...args, "--state", join(dir, "flicker.json")], dir);
    await s.waitFor("q quit", "the first frame");
    const before = { clears: s.screen.clears, raw: s.screen.raw.length };
    const selected = () => s.screen.lines().findIndex((l) => l.startsWith("│›"));
    const at = selected();
    s.write("j");
    await s.waitFor(() => selected() === at + 1, "the cursor one line down");
    s.write("j");
    await s.waitFor(() => selected() === at + 2, "the cursor two lines down");
    const redraw = s.screen.raw.slice(before.raw);
    expect(s.screen.clears).toBe(before.clears);
    expect(redraw).not.toContain("\u001b[2J");
    expect(redraw).not.toContain("\u001b[3J");
    // Each redraw is one synchronised update, which terminals show at once.
    expect(redraw).toContain("\u001b[?2026h");
    expect(redraw).toContain("\u001b[?2026l");
    expect(s.screen.scrolls).toBe(0);
    expect(s.screen.lines()[ROWS - 1]).toBe("");
    await quit(s);
  });

  it("says in one line what is wrong with an input the comparison cannot read, exit code 2", async () => {
    const s = start(["review", "no-such-letter.txt", ...args.slice(1)], dir);
    await s.waitFor("presscheck: cannot read no-such-letter.txt");
    expect(await s.exited).toBe(2);
    const lines = s.screen.lines().filter((l) => l.trim() !== "");
    expect(lines).toEqual(["presscheck: cannot read no-such-letter.txt: no such file"]);
  });

  it("draws on a real terminal even when the shell has CI=true", async () => {
    const s = start(["review", ...args, "--state", join(dir, "ci.json")], dir, terminalEnv({ CI: "true" }));
    await s.waitFor("q quit", "the first frame");
    await quit(s);
  });
});
