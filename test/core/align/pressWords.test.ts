import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildLetterIndex } from "../../../src/core/align/letterIndex.js";
import { measureOffers, offerOf, pressWordsOf } from "../../../src/core/align/pressWords.js";
import { isAmountToken, sourceWordsOf } from "../../../src/core/align/sourceWords.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";
import { tokenSenses } from "../../../src/core/text/synonyms.js";
import { isContentToken, tokenize } from "../../../src/core/text/tokens.js";

// An invented letter and press sentences: synonyms ("promptly" ~ "timeliness"), a phrase sense
// ("nowhere to live" ~ "accommodation"), figures and hedges, and a word repeated.
const LETTER = [
  "The timeliness of responses to call bells is improving, and staff respond quickly at night.",
  "Nearly half of residents said meals were varied; 38 residents had no accommodation on release.",
  "Staff training records are incomplete and training for staff is not yet planned.",
  "Leaders have strengthened oversight of medicines, but audits are not always completed.",
].join(" ");
const PRESS = [
  "Call bells are now answered promptly by staff, and staff are quick to help.",
  "About a third of prisoners had nowhere to live when released.",
  "Inspectors praised the staff training plans and the medicines audits.",
  "Some 40 residents found the meals varied.",
];

/** The measure as a plain reading of its definition: set lookups over every source's keys. */
function reference(
  index: ReturnType<typeof buildLetterIndex>,
  text: string,
  sources: number[],
  skipAmounts: boolean,
) {
  const press = tokenize(text);
  const senses = tokenSenses(press);
  const offered = sources.map((s) => sourceWordsOf(index.sentenceTokens[s] ?? []));
  const has = (key: string) => offered.some((o) => o.keys.has(key));
  const statesAmount = offered.some((o) => o.statesAmount);
  let total = 0;
  let found = 0;
  const shared = new Set<string>();
  press.forEach((t, i) => {
    if (!isContentToken(t) || (skipAmounts && isAmountToken(t))) return;
    const key = has(t.stem) ? t.stem : (senses[i] ?? []).find(has);
    if (key === undefined && statesAmount && isAmountToken(t)) return;
    total += index.idf(t.stem);
    if (key !== undefined) {
      found += index.idf(t.stem);
      shared.add(key);
    }
  });
  return { weighted: total === 0 ? 0 : found / total, shared };
}

describe("measureOffers", () => {
  const index = buildLetterIndex(LETTER, segmentSentences(LETTER));
  const sourceSets = fc.uniqueArray(fc.integer({ min: 0, max: index.sentences.length - 1 }), {
    maxLength: 3,
  });

  it("gives the share and the distinct keys of a plain set lookup, for any set of sources", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESS), sourceSets, fc.boolean(), (text, sources, skipAmounts) => {
        const pw = pressWordsOf(index, tokenize(text), skipAmounts ? isAmountToken : undefined);
        const keys = new Set<string>();
        const measured = measureOffers(
          pw,
          sources.map((s) => offerOf(pw, s)),
          keys,
        );
        const expected = reference(index, text, sources, skipAmounts);
        expect(measured).toEqual({ weighted: expected.weighted, shared: expected.shared.size });
        expect([...keys].sort()).toEqual([...expected.shared].sort());
      }),
      { seed: 20261202, numRuns: 200 },
    );
  });

  it("counts a repeated press word's key once, and finds a word by its sense", () => {
    const pw = pressWordsOf(index, tokenize(PRESS[0] ?? ""));
    const keys = new Set<string>();
    const m = measureOffers(pw, [offerOf(pw, 0)], keys);
    expect([...keys].filter((k) => k === "staff")).toHaveLength(1);
    expect([...keys].some((k) => k.startsWith("~"))).toBe(true);
    expect(m.shared).toBe(keys.size);
  });

  it("measures nothing found against no sources", () => {
    const pw = pressWordsOf(index, tokenize(PRESS[2] ?? ""));
    expect(measureOffers(pw, [])).toEqual({ weighted: 0, shared: 0 });
  });
});
