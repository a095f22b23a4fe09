import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collectLetterInputs } from "../../src/corpus/collectLetters.js";
import { resolveIndexDir } from "../../src/corpus/location.js";

describe("resolveIndexDir", () => {
  it("takes --index first, then $PRESSCHECK_INDEX, then the XDG data directory, then ~/.local/share", () => {
    const env = { PRESSCHECK_INDEX: "/srv/letters", XDG_DATA_HOME: "/data" };
    expect(resolveIndexDir("here", env, "/home/u")).toBe(resolve("here"));
    expect(resolveIndexDir(undefined, env, "/home/u")).toBe("/srv/letters");
    expect(resolveIndexDir(undefined, { XDG_DATA_HOME: "/data" }, "/home/u")).toBe("/data/presscheck/index");
    expect(resolveIndexDir(undefined, {}, "/home/u")).toBe("/home/u/.local/share/presscheck/index");
  });
});

describe("collectLetterInputs", () => {
  const dir = mkdtempSync(join(tmpdir(), "presscheck-letters-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("expands folders to their letter files (recursively, sorted, hidden and other files skipped)", () => {
    mkdirSync(join(dir, "2021"));
    for (const f of ["b.txt", "a.pdf", "notes.docx", ".hidden.txt", "2021/c.html"])
      writeFileSync(join(dir, f), "x");
    expect(collectLetterInputs([dir, "https://example.org/letter.pdf", "missing.txt"])).toEqual([
      join(dir, "2021", "c.html"),
      join(dir, "a.pdf"),
      join(dir, "b.txt"),
      "https://example.org/letter.pdf",
      "missing.txt",
    ]);
  });
});
