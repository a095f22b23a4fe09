import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coverage, coverageFor, coverageMeasure, isAmountToken } from "../../../src/core/align/coverage.js";
import { buildLetterIndex } from "../../../src/core/align/letterIndex.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";
import { tokenize } from "../../../src/core/text/tokens.js";

// An invented monitoring letter: figures, hedges, synonyms ("promptly" ~ "timeliness") and repeats.
const LETTER = [
  "The timeliness of responses to call bells is improving from a low base.",
  "Nearly half of residents said meals were varied and nutritious.",
  "Staff training records are incomplete, and 38 staff have not completed safeguarding training.",
  "Leaders have strengthened oversight of medicines, but audits are not always completed.",
  "Residents are treated with kindness and their privacy is respected.",
].join(" ");
const PRESS = [
  "Call bells are now answered promptly.",
  "About a third of staff have not been trained in safeguarding.",
  "Inspectors praised the kindness of staff and the varied meals.",
  "Medicines audits are always completed.",
];

describe("coverageMeasure", () => {
  const sentences = segmentSentences(LETTER);
  const index = buildLetterIndex(LETTER, sentences);
  const sourceSets = fc.uniqueArray(fc.integer({ min: 0, max: sentences.length - 1 }), { maxLength: 3 });

  it("gives the same weighted share and shared count as coverage(), for any set of sources", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESS), sourceSets, fc.boolean(), (text, sources, ignoreAmounts) => {
        const press = tokenize(text);
        const ignore = ignoreAmounts ? isAmountToken : undefined;
        const full = coverage(index, press, sources, ignore);
        const measured = coverageMeasure(index, press, ignore)(sources);
        expect(measured).toEqual({ weighted: full.weighted, shared: full.shared });
      }),
      { seed: 20261123, numRuns: 200 },
    );
  });

  it("finds a restatement in other words, and nothing in an unrelated sentence", () => {
    const measure = coverageMeasure(index, tokenize(PRESS[0] ?? ""));
    expect(measure([0]).weighted).toBeGreaterThan(0.5);
    expect(measure([4]).shared).toBe(0);
    expect(measure([]).weighted).toBe(0);
  });
});

describe("coverageFor", () => {
  const sentences = segmentSentences(LETTER);
  const index = buildLetterIndex(LETTER, sentences);

  it("prepares the press words once and gives what coverage() gives, matched positions included", () => {
    for (const text of PRESS) {
      const press = tokenize(text);
      const of = coverageFor(index, press);
      for (const sources of [[0], [1, 2], [0, 3, 4], []])
        expect(of(sources)).toEqual(coverage(index, press, sources));
    }
  });
});
