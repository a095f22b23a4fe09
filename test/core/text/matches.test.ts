import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allMatches } from "../../../src/core/text/matches.js";

const asPairs = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], ...m.slice(1)]);

describe("allMatches", () => {
  it("finds what matchAll finds, groups included", () => {
    const re = /\b(some|many) (\w+)/gi;
    const text = "Some plans and many reviews; some more.";
    expect(asPairs(allMatches(re, text))).toEqual(asPairs(text.matchAll(re)));
    expect(allMatches(re, text).map((m) => m[2])).toEqual(["plans", "reviews", "more"]);
  });

  it("steps past empty matches, by code point under the u flag", () => {
    for (const re of [/x*/g, /x*/gu, /(?=a)|b/g, /\p{L}*/gu]) {
      for (const text of ["", "axxb", "😀x😀", "ab\ud800"])
        expect(asPairs(allMatches(re, text))).toEqual(asPairs(text.matchAll(re)));
    }
  });

  it("starts at the pattern's lastIndex and leaves it as it was", () => {
    const re = /a/g;
    re.lastIndex = 2;
    expect(allMatches(re, "aaaa").map((m) => m.index)).toEqual([2, 3]);
    expect(re.lastIndex).toBe(2);
  });

  it("refuses a pattern without the g flag, as matchAll does", () => {
    expect(() => allMatches(/a/, "a")).toThrow(TypeError);
  });

  it("agrees with matchAll on random texts", () => {
    const patterns = [/\b(?:not|never)\s+\w+/gi, /[,;]\s*/g, /\s+|(?=\.)/g, /(?:ab)?c?/gu];
    const piece = fc.constantFrom("a", "b", "c", "not", "never", " ", ",", ";", ".", "😀", "x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.constantFrom(...patterns), (parts, re) => {
        const text = parts.join("");
        expect(asPairs(allMatches(re, text))).toEqual(asPairs(text.matchAll(re)));
      }),
      { numRuns: 1000, seed: 3 },
    );
  });
});
