import { diffArrays, diffWords } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffArraysWithin, diffWordsWithin, wordSide } from "../../../src/core/align/tokenDiff.js";

/** The parts as [kind, text] pairs: "=" kept, "+" inserted, "-" deleted. */
const shown = (parts: { value: string; added: boolean; removed: boolean }[] | undefined) =>
  parts?.map((p) => [p.added ? "+" : p.removed ? "-" : "=", p.value]);

/** jsdiff's own answer, with the edit budget and no clock. */
const reference = (a: string, b: string, maxEdits: number) =>
  shown(diffWords(a, b, { ignoreCase: true, maxEditLength: maxEdits }));

describe("diffWordsWithin", () => {
  it("keeps identical texts whole", () => {
    expect(shown(diffWordsWithin("The pupils read well.", "The pupils read well.", 10))).toEqual([
      ["=", "The pupils read well."],
    ]);
  });

  it("shows an inserted word", () => {
    expect(shown(diffWordsWithin("The pupils read well.", "The pupils read very well.", 10))).toEqual([
      ["=", "The pupils read "],
      ["+", "very "],
      ["=", "well."],
    ]);
  });

  it("shows a deleted word", () => {
    expect(shown(diffWordsWithin("Staff plan lessons carefully.", "Staff plan lessons.", 10))).toEqual([
      ["=", "Staff plan lessons"],
      ["-", " carefully"],
      ["=", "."],
    ]);
  });

  it("shows a replaced word as a deletion then an insertion", () => {
    expect(shown(diffWordsWithin("Attendance is low.", "Attendance is high.", 10))).toEqual([
      ["=", "Attendance is "],
      ["-", "low"],
      ["+", "high"],
      ["=", "."],
    ]);
  });

  it("ignores case, showing the new text's words", () => {
    expect(shown(diffWordsWithin("the Governors meet termly", "The governors meet TERMLY", 10))).toEqual([
      ["=", "The governors meet TERMLY"],
    ]);
  });

  it("treats each punctuation mark as a token of its own", () => {
    expect(shown(diffWordsWithin("Leaders act quickly.", "Leaders act quickly!", 10))).toEqual([
      ["=", "Leaders act quickly"],
      ["-", "."],
      ["+", "!"],
    ]);
  });

  it("ignores runs of white space when matching, as jsdiff does", () => {
    const a = "Children  play\toutside\n every day.";
    const b = "Children play outside most days.";
    expect(shown(diffWordsWithin(a, b, 20))).toEqual(reference(a, b, 20));
    expect(shown(diffWordsWithin(a, b, 20))?.[0]).toEqual(["=", "Children play outside"]);
  });

  it("gives the same diff from an old side read beforehand, however often it is reused", () => {
    const a = "The Governors  meet termly, and leaders act quickly.";
    // Sides numbered in one table, as the letter's are (wordDiff.ts): other sides' keys are in it too.
    const table = new Map<string, number>();
    wordSide("Pupils read widely and often; staff meet weekly.", table);
    const side = wordSide(a, table);
    wordSide("Governors challenge leaders.", table);
    for (const b of [
      "The governors meet TERMLY.",
      "Leaders act quickly, the governors meet.",
      "",
      "weekly staff",
    ]) {
      expect(diffWordsWithin(side, b, 20)).toEqual(diffWordsWithin(a, b, 20));
      expect(shown(diffWordsWithin(side, b, 20))).toEqual(reference(a, b, 20));
    }
  });

  it("gives up past the edit budget", () => {
    const a = "one two three four five";
    const b = "six seven eight nine ten";
    expect(diffWordsWithin(a, b, 9)).toBeUndefined();
    expect(diffWordsWithin(a, b, 10)).toBeDefined();
    expect(diffWordsWithin("a b c d", "d c b a", 5)).toBeUndefined(); // the bag bound passes; the search gives up
    expect(reference("a b c d", "d c b a", 5)).toBeUndefined();
  });

  it("handles empty sides", () => {
    expect(shown(diffWordsWithin("", "", 5))).toEqual([]);
    expect(shown(diffWordsWithin("", "New text.", 5))).toEqual([["+", "New text."]]);
    expect(shown(diffWordsWithin("Old text.", "", 5))).toEqual([["-", "Old text."]]);
    expect(shown(diffWordsWithin("   ", "word", 5))).toEqual(reference("   ", "word", 5));
  });

  it("picks the same one of several equally short diffs as jsdiff", () => {
    // Deleting three of "b a c a" to leave "a" can keep either "a": jsdiff keeps the first.
    expect(shown(diffWordsWithin("b a c a", "a", 5))).toEqual(reference("b a c a", "a", 5));
    expect(shown(diffWordsWithin("b a c a", "a", 5))?.[1]).toEqual(["=", "a"]);
  });

  it("gives jsdiff's diffWords parts on random short texts", () => {
    // A small vocabulary in several cases, punctuation and white-space runs: many equal tokens, so
    // many ties between equally short diffs, and every white-space clean-up case of jsdiff.
    const token = fc.constantFrom(..."the The THE pupils read well good a A , . ' - é".split(" "));
    const space = fc.constantFrom("", " ", "  ", "\t", "\n", " \n ");
    const text = fc
      .array(fc.tuple(space, token), { maxLength: 14 })
      .chain((pairs) => space.map((tail) => pairs.map(([s, t]) => s + t).join("") + tail));
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 30 }), (a, b, maxEdits) => {
        expect(shown(diffWordsWithin(a, b, maxEdits))).toEqual(reference(a, b, maxEdits));
      }),
      { numRuns: 3000, seed: 13 },
    );
  });
  it("gives jsdiff's parts on long texts needing hundreds of edits (the path store grows)", () => {
    const words = "the pupils read well and leaders are good but some staff need more training .".split(" ");
    // 400 words from a small vocabulary (many ties), then every nth word replaced: 160–270 edits.
    const list = (stride: number) =>
      Array.from({ length: 400 }, (_, i) => words[(i * stride) % words.length]);
    const changed = (stride: number, every: number) =>
      list(stride)
        .map((w, i) => (i % every === 0 ? "NEW" : w))
        .join(" ");
    for (const [stride, every] of [
      [3, 5],
      [7, 4],
      [2, 3],
    ] as const) {
      const a = list(stride).join(" ");
      const b = changed(stride, every);
      const ours = shown(diffWordsWithin(a, b, 300));
      expect(ours).toBeDefined();
      expect(ours).toEqual(reference(a, b, 300));
    }
    expect(shown(diffWordsWithin("Short again.", "Short.", 5))).toEqual(
      reference("Short again.", "Short.", 5),
    );
  });
});

describe("diffArraysWithin", () => {
  const arrays = (parts: { value: string[]; added: boolean; removed: boolean }[] | undefined) =>
    parts?.map((p) => [p.added ? "+" : p.removed ? "-" : "=", p.value.join(" ")]);

  it("shows kept, inserted and deleted words, case and all", () => {
    const a = "the head teacher leads the school".split(" ");
    const b = "the Head teacher now leads the school".split(" ");
    expect(arrays(diffArraysWithin(a, b, 10))).toEqual([
      ["=", "the"],
      ["-", "head"],
      ["+", "Head"],
      ["=", "teacher"],
      ["+", "now"],
      ["=", "leads the school"],
    ]);
  });

  it("gives up past the edit budget, and handles empty sides", () => {
    expect(diffArraysWithin(["a", "b", "c"], ["x", "y", "z"], 5)).toBeUndefined();
    expect(arrays(diffArraysWithin([], ["x"], 5))).toEqual([["+", "x"]]);
    expect(arrays(diffArraysWithin([], [], 5))).toEqual([]);
  });

  it("gives jsdiff's diffArrays parts on random word lists", () => {
    const words = fc.array(fc.constantFrom(..."the a pupils read well good , .".split(" "), ""), {
      maxLength: 16,
    });
    fc.assert(
      fc.property(words, words, fc.integer({ min: 0, max: 30 }), (a, b, maxEdits) => {
        const ours = diffArraysWithin(a, b, maxEdits);
        const theirs = diffArrays(a, b, { maxEditLength: maxEdits });
        expect(ours?.map((p) => [p.added, p.removed, p.count, p.value])).toEqual(
          theirs?.map((p) => [p.added, p.removed, p.count, p.value]),
        );
      }),
      { numRuns: 3000, seed: 13 },
    );
  });
});
