import { beforeEach, describe, expect, it, vi } from "vitest";

const flags = vi.hoisted(() => [] as string[]);
vi.mock("node:v8", () => ({ setFlagsFromString: (f: string) => flags.push(f) }));

const { UNOPTIMISED_REGEXP_MAX_CHARS, asTwoByte, withRegExpCompilationFor } = await import(
  "../../src/cli/regexpCompilation.js"
);

/** A document of `chars` characters. */
const doc = (chars: number, source = "letter.txt") => ({ source, text: "a".repeat(chars), format: "text" });

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
    expect(withRegExpCompilationFor([doc(30_000), doc(10_000)], compare)).toBe("compared");
    expect(seen).toEqual([["--no-regexp-optimization"]]);
    expect(flags).toEqual(["--no-regexp-optimization", "--regexp-optimization"]);
  });

  it("hands the comparison copies of the documents, in order, with equal texts", () => {
    const letter = { source: "letter.txt", text: "Leaders’ plans are not yet effective.", format: "text" };
    const press = { source: "press.txt", text: "Plans are effective, inspectors said.", format: "text" };
    const given = withRegExpCompilationFor([letter, press], (docs) => docs);
    expect(given).toEqual([letter, press]);
    expect(given[0]).not.toBe(letter);
  });

  it("puts the setting back when the comparison throws", () => {
    expect(() =>
      withRegExpCompilationFor([doc(10)], () => {
        throw new Error("the letter has no sentences to compare against");
      }),
    ).toThrow("no sentences");
    expect(flags).toEqual(["--no-regexp-optimization", "--regexp-optimization"]);
  });

  it("leaves V8's default and the documents as they are for a long input", () => {
    const long = [doc(UNOPTIMISED_REGEXP_MAX_CHARS - 1), doc(1, "press.txt")];
    expect(withRegExpCompilationFor(long, (docs) => docs[0] === long[0] && docs[1] === long[1])).toBe(true);
    expect(withRegExpCompilationFor([doc(900_000)], (docs) => docs.length)).toBe(1);
    expect(flags).toEqual([]);
  });
});

describe("asTwoByte", () => {
  it("gives back the same text, offsets and all", () => {
    for (const text of [
      "",
      "a",
      "plain ASCII text of a press release",
      "curly ‘quotes’ and “more”",
      "é\u0100😀",
    ]) {
      expect(asTwoByte(text)).toBe(text);
      expect(asTwoByte(text).length).toBe(text.length);
    }
  });
});
