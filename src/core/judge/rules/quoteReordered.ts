import { wordDiff } from "../../align/wordDiff.js";
import { misattributionNote } from "./misattributed.js";
import type { QuoteRule } from "./rule.js";

/** The letter's words in another order: the letter's own order is shown. */
export const quoteReordered: QuoteRule = {
  id: "quote-reordered",
  describe: "the letter's words quoted in another order",
  applies(a, ctx) {
    const m = a.match;
    if (m?.grade !== "close" || !m.reordered) return [];
    return [
      {
        rule: this.id,
        verdict: {
          kind: "quote-altered",
          flags: [],
          letter: a.letter,
          similarity: m.score,
          matched: { start: m.start, end: m.end },
          diff: wordDiff(a.letterWords, a.quoted),
          reason: `the letter's words in another order: the letter has "${a.letterWords.replace(/\s+/g, " ")}"${misattributionNote(a, ctx)}`,
        },
      },
    ];
  },
};
