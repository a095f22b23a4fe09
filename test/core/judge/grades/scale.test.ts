import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mentionsByFullScan, mentionsOf } from "../../../../src/core/judge/grades/scale.js";

/** Pieces a mention is made of, and what may stand around one: digits, quotes, dashes, words. */
const PIECES = [
  "good",
  "Good",
  "very good",
  "requires improvement to be good",
  "requires",
  "improvement",
  "inadequate",
  "adequate",
  "poor",
  "G2",
  "c3",
  "4",
  "12",
  "2",
  "6",
  " ",
  "  ",
  "\n",
  "\u00a0",
  "\u2003",
  "-",
  "–",
  "—",
  ":",
  "'",
  "‘",
  "’",
  '"',
  "“",
  "”",
  "a",
  "x",
  "_",
  "ſ",
  "é",
  "\ud83d\ude00",
  ".",
  ",",
];

describe("mentionsOf", () => {
  it("finds no mention in a sentence without grade words", () => {
    expect(mentionsOf("Staff know the children well and plan their care with them.")).toEqual([]);
    expect(mentionsOf("Goodwill among carers is high.")).toEqual([]);
  });

  it("finds the grade words with a scale digit and quotes around them", () => {
    const text = "The home was rated ‘Good’ and its meals 4 - good, up from poor.";
    expect(mentionsOf(text).map((m) => [text.slice(m.start, m.end), m.grade])).toEqual([
      ["‘Good’", "good"],
      ["4 - good", "good"],
      ["poor", "poor"],
    ]);
  });

  it("finds what a scan of the whole text with the mention pattern finds", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(mentionsOf(text)).toEqual(mentionsByFullScan(text));
      }),
      { numRuns: 2000 },
    );
  });
});
