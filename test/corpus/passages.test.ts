import { describe, expect, it } from "vitest";
import { passageSpans } from "../../src/core/corpus/passages.js";

describe("passageSpans", () => {
  it("gives each paragraph with offsets, trimmed, and drops scraps", () => {
    const text =
      "Inspection of Westbury council.\n\n  Leaders know their services well and act on what they find.  \n\n7\n\nThe end of the letter comes here.";
    const spans = passageSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      "Inspection of Westbury council.",
      "Leaders know their services well and act on what they find.",
      "The end of the letter comes here.",
    ]);
  });

  it("cuts a long paragraph after a sentence end, never mid-word when a full stop is near", () => {
    const sentence = "Social workers visit children regularly and know them well. ";
    const text = sentence.repeat(60);
    const spans = passageSpans(text);
    expect(spans.length).toBeGreaterThan(2);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(1200);
      expect(text.slice(s.start, s.end)).toMatch(/^Social.*well\.$/);
    }
    // Together they cover the text.
    expect(spans[0]?.start).toBe(0);
    expect(spans.at(-1)?.end).toBe(text.trimEnd().length);
  });
});
