import { quotationDiff } from "./alteredQuotation.js";
import { misattributionNote } from "./misattributed.js";
import { droppedQuantifier } from "./overgeneralised.js";
import type { QuoteRule } from "./rule.js";

/**
 * The quoted words are in the letter (after normalising quote marks, case, white space, ellipses) —
 * `quote-exact`; with an insertion in square brackets, `quote-altered` by rule `quote-bracketed`.
 */
export function exactQuoteRule(bracketed: boolean): QuoteRule {
  return {
    id: bracketed ? "quote-bracketed" : "quote-exact",
    describe: bracketed
      ? "the quoted words are the letter's, with an insertion in square brackets"
      : "the quoted words are in the letter",
    applies(a, ctx) {
      const m = a.match;
      if (m?.grade !== "exact" || m.bracketed !== bracketed) return [];
      const q8 = droppedQuantifier(a, ctx);
      return [
        {
          rule: this.id,
          verdict: {
            kind: bracketed ? "quote-altered" : "quote-exact",
            flags: [],
            letter: a.letter,
            similarity: 1,
            matched: { start: m.start, end: m.end },
            diff: bracketed ? quotationDiff(a) : undefined,
            reason:
              (bracketed
                ? "the quoted words are in the letter, with an insertion in square brackets"
                : "the quoted words are in the letter") +
              (q8 ? `, but the letter limits them ("${q8[0].trim()}") and the press drops that` : "") +
              misattributionNote(a, ctx),
          },
        },
      ];
    },
  };
}

export const quoteExact: QuoteRule = exactQuoteRule(false);
