import { beforeEach, describe, expect, it, vi } from "vitest";

const flags = vi.hoisted(() => [] as string[]);
vi.mock("node:v8", () => ({ setFlagsFromString: (f: string) => flags.push(f) }));

const { UNOPTIMISED_REGEXP_MAX_CHARS, withRegExpCompilationFor } = await import(
  "../../src/cli/regexpCompilation.js"
);

describe("withRegExpCompilationFor", () => {
  beforeEach(() => {
    flags.length = 0;
  });

  it("turns V8's regexp optimisation off for a small comparison, and on again after it", () => {
    const seen: string[][] = [];
    const compare = () => {
      seen.push([...flags]);
      return "compared";
    };
    expect(withRegExpCompilationFor(40_000, compare)).toBe("compared");
    expect(seen).toEqual([["--no-regexp-optimization"]]);
    expect(flags).toEqual(["--no-regexp-optimization", "--regexp-optimization"]);
  });

  it("puts the setting back when the comparison throws", () => {
    expect(() =>
      withRegExpCompilationFor(10, () => {
        throw new Error("the letter has no sentences to compare against");
      }),
    ).toThrow("no sentences");
    expect(flags).toEqual(["--no-regexp-optimization", "--regexp-optimization"]);
  });

  it("leaves V8's default for a long input, whose patterns run often enough to pay for it", () => {
    expect(withRegExpCompilationFor(UNOPTIMISED_REGEXP_MAX_CHARS, () => 1)).toBe(1);
    expect(withRegExpCompilationFor(900_000, () => 2)).toBe(2);
    expect(flags).toEqual([]);
  });
});
