import { findHedges } from "../hedges.js";
import { hasNegation } from "../negation.js";
import { alteredQuotation } from "./alteredQuotation.js";
import { misattributionNote } from "./misattributed.js";
import type { QuoteRule } from "./rule.js";

/** Adverbs of degree and frequency whose removal changes a finding ("not consistently well managed"). */
const DEGREE_WORDS =
  /\b(?:consistently|always|routinely|fully|sufficiently|yet|all|every|often|sometimes|rarely|mostly|partly|largely|generally|entirely|completely)\b/i;

/**
 * An ellipsis that leaves out the letter's negation, hedge or degree word ("is not … well managed" for
 * "is not consistently well managed") changes what the letter says: the quotation is altered.
 */
export const quoteEllipsisCut: QuoteRule = {
  id: "quote-ellipsis-cut",
  describe: "an ellipsis that leaves out the letter's negation, hedge or degree word",
  applies(a, ctx) {
    const m = a.match;
    if (m?.grade !== "exact") return [];
    const cut = (m.gaps ?? [])
      .map((g) => ctx.text.slice(g.start, g.end).replace(/\s+/g, " ").trim())
      .find((t) => hasNegation(t) || findHedges(t).length > 0 || DEGREE_WORDS.test(t));
    if (!cut) return [];
    return alteredQuotation(
      this.id,
      a,
      m,
      1,
      `the ellipsis leaves out the letter's "${cut}", which changes what it says${misattributionNote(a, ctx)}`,
    );
  },
};
