import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildLetterIndex } from "../../../../src/core/align/letterIndex.js";
import { anchorsOf } from "../../../../src/core/align/matchQuote/close.js";
import { segmentSentences } from "../../../../src/core/segment/sentences.js";

/** The definition anchorsOf shortens: every position of every quoted word, sorted, then cut. */
function everyAnchor(positionsOfWord: Map<string, number[]>, words: string[], limit: number) {
  const all: Array<{ pos: number; offset: number; freq: number }> = [];
  words.forEach((w, offset) => {
    const positions = positionsOfWord.get(w) ?? [];
    for (const pos of positions) all.push({ pos, offset, freq: positions.length });
  });
  all.sort((a, b) => a.freq - b.freq || a.pos - b.pos);
  return all.slice(0, limit).map(({ pos, offset }) => ({ pos, offset }));
}

const VOCABULARY = ["the", "and", "staff", "plans", "are", "reviewed", "weekly", "with", "care", "of"];

describe("anchorsOf", () => {
  it("starts with the rarest quoted word's positions", () => {
    const text = "The staff and the plans. The plans are reviewed weekly. The staff are kind.";
    const index = buildLetterIndex(text, segmentSentences(text));
    const anchors = anchorsOf(index, ["the", "plans", "reviewed"], 3);
    expect([...anchors.offset]).toEqual([2, 1, 1]);
    expect(index.tokens[anchors.pos[0] as number]?.norm).toBe("reviewed");
  });

  it("gives the first anchors of the full sorted list, ties and repeated words included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 120 }),
        fc.array(fc.constantFrom(...VOCABULARY, "absent"), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 40 }),
        (letterWords, quoted, limit) => {
          const text = `${letterWords.join(" ")}.`;
          const index = buildLetterIndex(text, segmentSentences(text));
          const { pos, offset } = anchorsOf(index, quoted, limit);
          const merged = [...pos].map((p, i) => ({ pos: p, offset: offset[i] }));
          expect(merged).toEqual(everyAnchor(index.positionsOfWord, quoted, limit));
        },
      ),
    );
  });
});
