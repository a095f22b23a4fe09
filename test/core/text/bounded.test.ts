import { describe, expect, it } from "vitest";
import {
  endsWithin,
  lastRangeWithin,
  matchRanges,
  searchEndingWithin,
  someRangeWithin,
  spaceRunStart,
} from "../../../src/core/text/bounded.js";

describe("bounded scans", () => {
  it("tests an end-anchored pattern on the characters just before a point", () => {
    const text = "The school was rated good";
    expect(endsWithin(/\bwas\s+rated\s*$/, text, 21, 40)).toBe(true);
    expect(endsWithin(/\bwas\s+rated\s*$/, text, 21, 5)).toBe(false);
    expect(searchEndingWithin(/\brated\s*$/, text, 21, 40)).toBe(15);
  });

  it("answers 'a match within [from, to)?' and 'the last one' from one pass", () => {
    const text = "aim here, then aim there";
    const ranges = matchRanges(/\baim\b/g, text);
    expect(ranges).toEqual([
      [0, 3],
      [15, 18],
    ]);
    expect(someRangeWithin(ranges, 0, 10)).toBe(true);
    expect(someRangeWithin(ranges, 1, 17)).toBe(false);
    expect(lastRangeWithin(ranges, 0, 20)).toEqual([15, 18]);
    expect(lastRangeWithin(ranges, 4, 14)).toBeUndefined();
  });

  it("finds where a run of white space ending at a point starts", () => {
    expect(spaceRunStart("good \t \n", 8)).toBe(4);
    expect(spaceRunStart("good", 4)).toBe(4);
  });
});

describe("matchRanges", () => {
  const viaMatchAll = (re: RegExp, text: string) =>
    [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);

  it("gives what matchAll gives, empty matches included, and leaves the pattern's lastIndex as it was", () => {
    const cases: [RegExp, string][] = [
      [/\b(?:said|says)\b/giu, "Staff said so; the head says more, and said it twice."],
      [/x*/gu, "ab😀cx"],
      [/x*/g, "ab😀cx"],
      [/(?:)/gu, "😀😀"],
      [/[;:]/g, "no clause break here"],
    ];
    for (const [re, text] of cases) {
      const before = re.lastIndex;
      expect(matchRanges(re, text)).toEqual(viaMatchAll(re, text));
      expect(re.lastIndex).toBe(before);
    }
  });

  it("starts where the pattern's lastIndex stands, as matchAll does", () => {
    const re = /good/g;
    re.lastIndex = 5;
    expect(matchRanges(re, "good, good")).toEqual(viaMatchAll(re, "good, good"));
    expect(re.lastIndex).toBe(5);
  });
});
