import { describe, expect, it } from "vitest";
import { buildLetterIndex } from "../../../src/core/align/letterIndex.js";
import { letterKeys, markSentence, nextMark } from "../../../src/core/align/letterKeys.js";
import { sourceWordsOf } from "../../../src/core/align/sourceWords.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";
import { stemWord } from "../../../src/core/text/stem.js";

// An invented letter: a synonym sense ("quickly"), a phrase sense ("nowhere to live") and a figure.
const LETTER =
  "Staff respond quickly at night. Twelve residents had nowhere to live on release. Leaders plan well.";

describe("letterKeys", () => {
  const index = buildLetterIndex(LETTER, segmentSentences(LETTER));
  const keys = letterKeys(index);

  it("numbers every stem and sense of each sentence once, as sourceWordsOf offers them", () => {
    index.sentenceTokens.forEach((toks, s) => {
      const offered = sourceWordsOf(toks);
      const numbered = [...(keys.sentenceKeys[s] ?? [])].map((id) => keys.keyOf[id]);
      expect(numbered.sort()).toEqual([...offered.keys].sort());
      expect(keys.statesAmount[s]).toBe(offered.statesAmount);
      toks.forEach((t, i) => {
        expect(keys.keyOf[keys.stemIds[s]?.[i] ?? -1]).toBe(t.stem);
        expect((keys.senseIds[s]?.[i] ?? []).map((id) => keys.keyOf[id])).toEqual(offered.senses[i]);
      });
    });
    expect(keys.keyOf.every((k, id) => keys.idOf.get(k) === id)).toBe(true);
    expect(letterKeys(index)).toBe(keys);
  });

  it("marks one sentence's keys for a question, and none of them for the next", () => {
    const first = nextMark(keys);
    markSentence(keys, 1, first);
    const marked = keys.keyOf.filter((_, id) => keys.marks[id] === first);
    expect(marked.sort()).toEqual([...sourceWordsOf(index.sentenceTokens[1] ?? []).keys].sort());
    const second = nextMark(keys);
    expect(keys.keyOf.some((_, id) => keys.marks[id] === second)).toBe(false);
    markSentence(keys, 99, second);
    expect(keys.keyOf.some((_, id) => keys.marks[id] === second)).toBe(false);
  });

  it("weighs each key as the letter's IDF does, and keeps the phrases whose sense the letter holds", () => {
    expect(keys.keyOf.every((k, id) => keys.weights[id] === index.idf(k))).toBe(true);
    // "nowhere to live" is a phrase of the letter; "release" is a word of the released sense, which a
    // phrase ("leaving custody") shares; no word of the letter has the suicide phrase's sense.
    expect(keys.phrases.map((p) => p.sense).sort()).toEqual(
      [`~${stemWord("accommodation")}`, `~${stemWord("released")}`].sort(),
    );
    const plain = buildLetterIndex("Leaders plan well.", segmentSentences("Leaders plan well."));
    expect(letterKeys(plain).phrases).toEqual([]);
  });
});
