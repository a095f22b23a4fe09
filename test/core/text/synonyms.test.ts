import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coverage } from "../../../src/core/align/coverage.js";
import { buildLetterIndex } from "../../../src/core/align/letterIndex.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";
import { stemWord } from "../../../src/core/text/stem.js";
import { PHRASES, senseOf, tokenSenses } from "../../../src/core/text/synonyms.js";
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

describe("tokenSenses", () => {
  it("gives an idiom's words its sense, and none to a sentence without one", () => {
    const senses = tokenSenses(tokenize("He took his own life after leaving custody with nowhere to live."));
    const flat = senses.flat();
    expect(flat).toContain("~suicide");
    expect(flat).toContain(`~${stemWord("released")}`);
    expect(flat).toContain(`~${stemWord("accommodation")}`);
    expect(tokenSenses(tokenize("The ward was clean and the meals were warm.")).flat()).toEqual([]);
  });

  it("finds every phrase match whatever the pre-test skips: each match holds one of its `needs`", () => {
    // Random runs of the words each pattern is made of (and a few others): wherever the pattern matches
    // the joined words, one of its needed pieces is in the match, so the pre-test never skips a match.
    const matched = PHRASES.map(() => 0);
    PHRASES.forEach((p, k) => {
      const vocabulary = [...new Set(p.pattern.source.match(/[a-z]+/g) ?? []), "the", "a", "he", "was"];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 8 }), (words) => {
          const joined = `${words.join(" ")} `;
          p.pattern.lastIndex = 0;
          for (const m of joined.matchAll(p.pattern)) {
            matched[k] = (matched[k] ?? 0) + 1;
            expect(p.needs.some((n) => m[0].includes(n))).toBe(true);
          }
        }),
        { numRuns: 10_000, seed: 12 },
      );
    });
    // Every pattern matched often enough for the check to mean something.
    for (const n of matched) expect(n).toBeGreaterThan(10);
  });

  it("looks for the phrases asked for only", () => {
    const tokens = tokenize("He took his own life after leaving custody with nowhere to live.");
    const custody = PHRASES.filter((p) => p.sense === `~${stemWord("released")}`);
    expect(tokenSenses(tokens, []).flat()).toEqual([]);
    expect(new Set(tokenSenses(tokens, custody).flat())).toEqual(new Set([`~${stemWord("released")}`]));
    // A word group's sense does not depend on the phrases looked for ("promptly" ~ "timeliness").
    expect(tokenSenses(tokenize("answered promptly"), []).flat().length).toBe(2);
  });
});
