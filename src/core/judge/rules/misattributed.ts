import type { LetterContext } from "../context.js";
import { findMisattribution } from "../misattribution.js";
import type { QuoteAnalysis } from "../quoteAnalysis.js";
import { memo, type QuoteRule } from "./rule.js";

const cache = new WeakMap<QuoteAnalysis, string | undefined>();

/**
 * Whom the letter gives the quoted words to, when not the regulator ("the letter gives these words to
 * staff"): worked out once per quotation, for the flag and for the reason of whichever kind decides.
 */
export function misattributionOf(a: QuoteAnalysis, ctx: LetterContext): string | undefined {
  return memo(cache, a, () => {
    const m = a.match;
    if (!m || m.grade === "none" || a.q.speaker !== "regulator" || a.letter.length === 0) return undefined;
    return findMisattribution(ctx, a.letter, m.start, m.end);
  });
}

/** The reason's note on it: `; <who the letter gives the words to>`, or nothing. */
export function misattributionNote(a: QuoteAnalysis, ctx: LetterContext): string {
  const others = misattributionOf(a, ctx);
  return others ? `; ${others}` : "";
}

/**
 * Misattributed: the letter gives these words to someone it reports (staff, families) — in a reporting
 * clause or inside its own quotation marks — while the press gives them to the regulator.
 */
export const misattributed: QuoteRule = {
  id: "misattributed",
  describe: "words the letter gives to someone else, quoted as the regulator's",
  applies: (a, ctx) => (misattributionOf(a, ctx) ? [{ rule: "misattributed", flag: "misattributed" }] : []),
};
