import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadStateFile, StateFileSchema, saveStateFile } from "../../src/review/stateFile.js";
import { defaultStatePath } from "../../src/review/statePath.js";

const identity = { letterHash: "abc123", press: "press/gazette.txt" };
const decision = {
  verdict: "confirmed" as const,
  note: "checked with the editor",
  updatedAt: "2026-03-10T09:00:00.000Z",
};
const now = () => new Date("2026-03-10T09:30:00.000Z");

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "presscheck-state-"));
  file = join(dir, "gazette.txt.presscheck-state.json");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("state file", () => {
  it("a missing file is an empty review without a message", () => {
    expect(loadStateFile(file, identity)).toEqual({ decisions: {} });
  });

  it("round-trips through save and load, and the saved file matches the schema", () => {
    saveStateFile(file, identity, { k1: decision });
    const json: unknown = JSON.parse(readFileSync(file, "utf8"));
    expect(StateFileSchema.parse(json)).toEqual({
      schemaVersion: 1,
      ...identity,
      decisions: { k1: decision },
    });
    expect(loadStateFile(file, identity)).toEqual({ decisions: { k1: decision } });
    expect(readdirSync(dir)).toEqual(["gazette.txt.presscheck-state.json"]); // no temp files left
  });

  it("accepts the press file named by another path with the same base name", () => {
    saveStateFile(file, identity, { k1: decision });
    expect(loadStateFile(file, { ...identity, press: "/abs/press/gazette.txt" }).decisions).toEqual({
      k1: decision,
    });
  });

  const bad: [string, string, RegExp][] = [
    ["corrupt JSON", "{ not json", /is not valid JSON/],
    [
      "a schema mismatch",
      JSON.stringify({ schemaVersion: 2, letterHash: "abc123", press: "p", decisions: {} }),
      /schema at schemaVersion/,
    ],
    [
      "a foreign letter",
      JSON.stringify({ schemaVersion: 1, letterHash: "other", press: "press/gazette.txt", decisions: {} }),
      /different letter/,
    ],
    [
      "another press document",
      JSON.stringify({ schemaVersion: 1, letterHash: "abc123", press: "echo.html", decisions: {} }),
      /another press document \(echo\.html\)/,
    ],
  ];
  for (const [what, content, message] of bad) {
    it(`moves ${what} aside and starts empty with a message`, () => {
      writeFileSync(file, content);
      const loaded = loadStateFile(file, identity, { now });
      expect(loaded.decisions).toEqual({});
      expect(loaded.message).toMatch(message);
      expect(loaded.movedTo).toBe(`${file}.corrupt-2026-03-10T09-30-00-000Z`);
      expect(loaded.message).toContain(loaded.movedTo);
      expect(readFileSync(loaded.movedTo ?? "", "utf8")).toBe(content);
      expect(readdirSync(dir)).toEqual([
        "gazette.txt.presscheck-state.json.corrupt-2026-03-10T09-30-00-000Z",
      ]);
    });
  }

  it("never overwrites an earlier corrupt copy", () => {
    writeFileSync(file, "first");
    loadStateFile(file, identity, { now });
    writeFileSync(file, "second");
    const loaded = loadStateFile(file, identity, { now });
    expect(loaded.movedTo).toBe(`${file}.corrupt-2026-03-10T09-30-00-000Z-1`);
    expect(readFileSync(`${file}.corrupt-2026-03-10T09-30-00-000Z`, "utf8")).toBe("first");
    expect(readFileSync(loaded.movedTo ?? "", "utf8")).toBe("second");
  });

  it("leaves an unusable file in place when asked to (read-only uses)", () => {
    writeFileSync(file, "{");
    const loaded = loadStateFile(file, identity, { moveAside: false });
    expect(loaded.message).toMatch(/ignored it/);
    expect(readFileSync(file, "utf8")).toBe("{");
  });

  it("reports an unreadable path without moving anything", () => {
    mkdirSync(file);
    const loaded = loadStateFile(file, identity);
    expect(loaded.decisions).toEqual({});
    expect(loaded.message).toMatch(/cannot read state file/);
  });

  it("saving replaces the previous state atomically", () => {
    saveStateFile(file, identity, { k1: decision });
    saveStateFile(file, identity, {});
    expect(loadStateFile(file, identity).decisions).toEqual({});
  });
});

describe("defaultStatePath", () => {
  it("puts the state beside a press file", () => {
    expect(defaultStatePath("news/gazette.txt")).toBe("news/gazette.txt.presscheck-state.json");
  });

  it("names a file in the working directory for stdin and URLs", () => {
    expect(defaultStatePath("-")).toBe("stdin.presscheck-state.json");
    expect(defaultStatePath("https://news.example/2026/care-home/")).toBe(
      "news.example_2026_care-home.presscheck-state.json",
    );
  });
});
