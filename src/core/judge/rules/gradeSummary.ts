import type { ClaimAnalysis } from "../claimAnalysis.js";
import { withGradeSummary } from "../gradeSummary.js";
import type { RevisionRule } from "./rule.js";

/**
 * A summary grade claim ("rated requires improvement overall", "two of its four areas good") checked
 * against the letter's judgement table, whoever the sentence's subject is (gradeSummary.ts): a true
 * claim ties the sentence to the table's line, a false grade or count is unsupported, a sentence whose
 * only grades are earlier ones or other bodies' is not checked.
 */
export const gradeSummary: RevisionRule<ClaimAnalysis> = {
  id: "grade-summary",
  describe: "a summary grade claim checked against the judgement table",
  revise(decided, a, ctx) {
    const revised = withGradeSummary(ctx, a.sentence, decided);
    return revised === decided ? undefined : revised;
  },
};
