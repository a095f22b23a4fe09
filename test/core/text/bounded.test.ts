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
