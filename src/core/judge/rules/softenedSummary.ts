import { judgeSoftenedSummary } from "../softenedSummary.js";
import type { ClaimRule } from "./rule.js";
import { fromOneSentence } from "./verdicts.js";

/**
 * "The visit found a few areas for development" when the letter says the body must improve:
 * the outcome restated with a softener, in a claim attributed to the regulator that the letter does not
 * otherwise source (softenedSummary.ts).
 */
export const softenedSummary: ClaimRule = {
  id: "softened-summary",
  describe: "the letter's outcome restated with a softener",
  applies(a, ctx) {
    if (a.restates || a.gradeOnly || a.speaker !== "regulator" || !a.isClaim) return [];
    const softened = judgeSoftenedSummary(ctx, a.sentence.text);
    return softened ? [{ rule: this.id, verdict: fromOneSentence(softened, a.sentence.text) }] : [];
  },
};
