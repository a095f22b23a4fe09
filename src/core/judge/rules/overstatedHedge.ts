import { findOverstatement } from "../overstated.js";
import type { ClaimRule } from "./rule.js";
import { restatedAs } from "./verdicts.js";

/**
 * A restatement that drops the letter's qualifier or hedge, or strengthens it ("some" → "all",
 * "beginning to" → "is", "improving slowly" → "now quick"): overstated.ts.
 */
export const overstatedHedge: ClaimRule = {
  id: "overstated-hedge",
  describe: "a restatement that drops or strengthens the letter's qualifier or hedge",
  applies(a, ctx) {
    if (!a.restates) return [];
    const found = findOverstatement(a.sentence.text, ctx.text, a.regions);
    return found
      ? [{ rule: this.id, verdict: restatedAs(a, "overstated", `restates the letter but ${found}`) }]
      : [];
  },
};
