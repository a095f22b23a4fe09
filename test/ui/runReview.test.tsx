import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type ComparisonFeed, completeFeed, growingFeed } from "../../src/review/comparisonFeed.js";
import { StateFileSchema, saveStateFile } from "../../src/review/stateFile.js";
import { runReview } from "../../src/ui/runReview.js";
import { uiComparison } from "../fixtures/uiComparison.js";
import { model } from "../review/reviewTestState.js";
import { asStreams, FakeStdin, FakeStdout } from "./fakeTerminal.js";
import { tick } from "./renderAt.js";

let dir: string;
const statePath = (source: string) => join(dir, `${basename(source)}.presscheck-state.json`);
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "presscheck-run-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function session(keys: string[], feed: ComparisonFeed = completeFeed(uiComparison)) {
  const stdin = new FakeStdin();
  const stdout = new FakeStdout(120, 30);
  const stderr = new FakeStdout(120, 30);
  const onExport = vi.fn();
  const done = runReview({
    feed,
    statePath,
    onExport,
    ...asStreams(stdin, stdout, stderr),
  });
  // Keys written before the app listens would be lost: wait until Ink reads stdin (bounded, for loaded CI
  // machines; not the first frame, which Ink holds back until exit when CI is set).
  await vi.waitFor(() => expect(stdin.listenerCount("readable")).toBeGreaterThan(0), {
    timeout: 10_000,
    interval: 10,
  });
  for (const key of keys) {
    stdin.write(key);
    await tick(50);
  }
  await done;
  return { stdout, stderr, onExport };
}

describe("runReview", () => {
  it("saves each decision to the document's state file atomically and resolves on q", async () => {
    await session(["n", "c", "\t", "n", "d", "q"]);
    const gazette = StateFileSchema.parse(
      JSON.parse(readFileSync(statePath("westbury-gazette.txt"), "utf8")),
    );
    expect(gazette.letterHash).toBe(model.letterHash);
    expect(gazette.press).toBe("press/westbury-gazette.txt");
    expect(gazette.decisions[model.keys[0]?.[3] ?? ""]?.verdict).toBe("confirmed");
    const echo = StateFileSchema.parse(JSON.parse(readFileSync(statePath("westbury-echo.html"), "utf8")));
    expect(echo.decisions[model.keys[1]?.[3] ?? ""]?.verdict).toBe("dismissed");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("saves within the key press, so q right after a decision quits without asking", async () => {
    const { stdout } = await session(["ncq"]);
    expect(stdout.output).not.toContain("Quit anyway?");
    const gazette = StateFileSchema.parse(
      JSON.parse(readFileSync(statePath("westbury-gazette.txt"), "utf8")),
    );
    expect(gazette.decisions[model.keys[0]?.[3] ?? ""]?.verdict).toBe("confirmed");
  });

  it("loads earlier decisions when run again", async () => {
    await session(["n", "c", "q"]);
    const { stdout } = await session(["n", "q"]);
    expect(stdout.output).toContain("1/7 claims reviewed");
    expect(stdout.output).toContain("✓ confirmed");
  });

  it("moves a corrupt state file aside and says so, in the app and on stderr", async () => {
    writeFileSync(statePath("westbury-gazette.txt"), "{ half a file");
    const { stdout, stderr } = await session(["q"]);
    const aside = readdirSync(dir).filter((f) => f.includes(".corrupt-"));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0] ?? ""), "utf8")).toBe("{ half a file");
    expect(stderr.output).toMatch(/westbury-gazette\.txt\.presscheck-state\.json is not valid JSON/);
    expect(stdout.output).toContain("is not valid JSON");
    expect(existsSync(statePath("westbury-gazette.txt"))).toBe(false);
  });

  it("exports through the injected callback", async () => {
    const { onExport } = await session(["x", "\r", "q"]);
    expect(onExport).toHaveBeenCalledWith("md", "presscheck-report.md", {});
  });

  it("opens on the first document and loads each later one's state file as it arrives", async () => {
    const [gazette, echo] = uiComparison.documents;
    if (!gazette || !echo) throw new Error("the fixture has two press documents");
    saveStateFile(
      statePath(echo.source),
      { letterHash: model.letterHash, press: echo.source },
      {
        [model.keys[1]?.[2] ?? ""]: {
          verdict: "dismissed",
          note: "seen before",
          updatedAt: "2026-03-10T09:00:00.000Z",
        },
      },
    );
    const g = growingFeed(uiComparison.letter, [gazette.source, echo.source], () => {});
    g.add(gazette);
    const feed = await g.ready;
    setTimeout(() => {
      g.add(echo);
      g.finish();
    }, 20);
    const { stdout } = await session(["j", "j", "j", "\t", "j", "j", "q"], feed);
    // (Only the last frame is certain to be drawn: with CI set, Ink draws nothing until exit. The header
    // while a document is pending is tested in App.arrivals.test.tsx.)
    expect(stdout.output).toContain("press 2/2: press/westbury-echo.html");
    expect(stdout.output).toContain("note: seen before");
  });

  it("shows, and repeats on stderr, a later document's unusable state file", async () => {
    const [gazette, echo] = uiComparison.documents;
    if (!gazette || !echo) throw new Error("the fixture has two press documents");
    writeFileSync(statePath(echo.source), "not json at all");
    const g = growingFeed(uiComparison.letter, [gazette.source, echo.source], () => {});
    g.add(gazette);
    const feed = await g.ready;
    setTimeout(() => g.add(echo), 50);
    const { stdout, stderr } = await session(["j", "j", "j", "q"], feed);
    expect(stdout.output).toContain("is not valid JSON");
    expect(stderr.output).toMatch(/westbury-echo\.html\.presscheck-state\.json is not valid JSON/);
  });

  it("refuses to start without a TTY on stdin", async () => {
    const stdin = new FakeStdin();
    stdin.isTTY = false;
    const streams = asStreams(stdin, new FakeStdout(80, 24), new FakeStdout(80, 24));
    await expect(
      runReview({ feed: completeFeed(uiComparison), statePath, onExport: () => {}, ...streams }),
    ).rejects.toThrow(/needs an interactive terminal/);
  });
});
