import { alteredQuotation } from "./alteredQuotation.js";
import { misattributionNote } from "./misattributed.js";
import type { QuoteRule } from "./rule.js";

/** The letter's words in another order: the letter's own order is shown. */
export const quoteReordered: QuoteRule = {
  id: "quote-reordered",
  describe: "the letter's words quoted in another order",
  applies(a, ctx) {
    const m = a.match;
    if (m?.grade !== "close" || !m.reordered) return [];
    return alteredQuotation(
      this.id,
      a,
      m,
      m.score,
      `the letter's words in another order: the letter has "${a.letterWords.replace(/\s+/g, " ")}"${misattributionNote(a, ctx)}`,
    );
  },
};
