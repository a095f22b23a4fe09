import { judgeUngradedOutcome } from "../ungradedOutcome.js";
import type { ClaimRule } from "./rule.js";
import { fromOneSentence } from "./verdicts.js";

/**
 * An ungraded inspection's outcome in the press's words ("may no longer be good", "will face a full
 * inspection"), tied to the letter's formula for it when the letter has one (ungradedOutcome.ts).
 */
export const ungradedOutcome: ClaimRule = {
  id: "ungraded-outcome",
  describe: "the outcome of an ungraded inspection, checked against the letter's formula for it",
  applies(a, ctx) {
    if (a.sentence.role === "furniture") return [];
    const outcome = judgeUngradedOutcome(ctx, a.sentence.text);
    return outcome ? [{ rule: this.id, verdict: fromOneSentence(outcome, a.sentence.text) }] : [];
  },
};
