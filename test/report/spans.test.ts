import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/types.js";
import { safeRange, segmentText } from "../../src/report/spans.js";

function at(start: number, end: number): Finding {
  return {
    id: `${start}-${end}`,
    kind: "paraphrase",
    flags: [],
    rules: [],
    press: { start, end, text: "" },
    letter: [],
    similarity: 0,
    reason: "",
  };
}

describe("safeRange", () => {
  const text = "a🎉b"; // 🎉 is two UTF-16 code units at 1..3

  it("keeps valid offsets as they are", () => {
    expect(safeRange(text, 1, 3)).toEqual([1, 3]);
  });

  it("widens offsets that would cut a surrogate pair", () => {
    expect(safeRange(text, 2, 4)).toEqual([1, 4]);
    expect(safeRange(text, 0, 2)).toEqual([0, 3]);
  });

  it("clamps and orders offsets outside the text", () => {
    expect(safeRange(text, -5, 99)).toEqual([0, 4]);
    expect(safeRange(text, 3, 1)).toEqual([3, 3]);
    expect(safeRange(text, Number.NaN, 2.7)).toEqual([0, 3]);
  });
});

describe("segmentText", () => {
  it("covers every character once, plain between findings, in text order", () => {
    const text = "One. Two. Three.";
    const segments = segmentText(text, [at(10, 16), at(0, 4)]);
    expect(segments.map((s) => [s.text, s.findingIndex])).toEqual([
      ["One.", 1],
      [" Two. ", undefined],
      ["Three.", 0],
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("clips an overlapping finding and drops one left empty", () => {
    const segments = segmentText("abcdefgh", [at(0, 5), at(3, 7), at(1, 2)]);
    expect(segments.map((s) => [s.text, s.findingIndex])).toEqual([
      ["abcde", 0],
      ["fg", 1],
      ["h", undefined],
    ]);
  });

  it("slices after emoji by UTF-16 offsets", () => {
    const text = "👵🏽 said “great”.";
    const start = text.indexOf("“");
    const [highlight] = segmentText(text, [at(start, text.length)]).filter(
      (s) => s.findingIndex !== undefined,
    );
    expect(highlight?.text).toBe("“great”.");
  });
});
