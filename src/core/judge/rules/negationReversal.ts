import { findReversal } from "../negation.js";
import { statesVisitPurposeOnly } from "../purposeClause.js";
import type { ClaimRule } from "./rule.js";
import { restatedAs } from "./verdicts.js";

/**
 * A restatement that drops or adds the letter's negation ("not all plans are reviewed" → "plans are
 * reviewed"): it reverses the finding (negation.ts), reported as `overstated`. A sentence that only
 * states what a visit set out to do ("revisited the area to check progress") claims no finding to
 * reverse (purposeClause.ts).
 */
export const negationReversal: ClaimRule = {
  id: "negation-reversal",
  describe: "a restatement that drops or adds the letter's negation",
  applies(a, ctx) {
    if (!a.restates || statesVisitPurposeOnly(a.sentence.text)) return [];
    const reversal = findReversal(a.sentence.text, ctx.text, a.spans);
    return reversal ? [{ rule: this.id, verdict: restatedAs(a, "overstated", reversal) }] : [];
  },
};
