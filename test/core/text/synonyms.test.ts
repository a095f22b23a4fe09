import { describe, expect, it } from "vitest";
import { coverage } from "../../../src/core/align/coverage.js";
import { buildLetterIndex } from "../../../src/core/align/letterIndex.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";
import { stemWord } from "../../../src/core/text/stem.js";
import { senseOf } from "../../../src/core/text/synonyms.js";
import { tokenize } from "../../../src/core/text/tokens.js";
import { copiedRuns, labelledRuns } from "../../fixtures/documentRuns.js";

describe("senseOf", () => {
  it("groups near-synonyms of inspection vocabulary", () => {
    expect(senseOf(stemWord("promptly"))).toBe(senseOf(stemWord("timeliness")));
    expect(senseOf(stemWord("answered"))).toBe(senseOf(stemWord("responses")));
    expect(senseOf(stemWord("pupils"))).toBe(senseOf(stemWord("learners")));
  });

  it("keeps words of different strength apart", () => {
    expect(senseOf(stemWord("good"))).toBeUndefined();
    expect(senseOf(stemWord("outstanding"))).toBeUndefined();
    expect(senseOf(stemWord("some"))).toBeUndefined();
  });
});

describe("coverage with synonyms", () => {
  it("counts a restatement in other words as covered, and marks the letter words it matched", () => {
    const letter =
      "The timeliness of responses to call bells is improving from a low base. Meals are varied and nutritious.";
    const sentences = segmentSentences(letter);
    const index = buildLetterIndex(letter, sentences);
    const press = tokenize("Call bells are now answered promptly.");
    const cov = coverage(index, press, [0]);
    const unrelated = coverage(index, press, [1]);
    expect(cov.weighted).toBeGreaterThan(0.7);
    expect(unrelated.weighted).toBe(0);
    const matched = (cov.matchedInSource.get(0) ?? []).map((i) => index.sentenceTokens[0]?.[i]?.norm);
    expect(matched).toEqual(expect.arrayContaining(["timeliness", "responses", "call", "bells"]));
  });
});

describe("synonyms.ts", () => {
  it("shares no run of five words with a labelled document (its idioms are general English)", () => {
    expect(copiedRuns("src/core/text/synonyms.ts", labelledRuns())).toEqual([]);
  });
});
