import { withFields } from "../../withFields.js";
import type { ClaimRule } from "./rule.js";

/**
 * True grades with the publisher's own gloss ("a C3 grade, which reflects …"), the rest not sourced:
 * the grades are the sentence's claim about the letter. A gloss the regulator is said to give is left
 * to `no-source-regulator` instead.
 */
export const gradeTrue: ClaimRule = {
  id: "grade-true",
  describe: "true grades with the publisher's own gloss: the grades are the claim",
  applies: (a) =>
    a.graded?.kind === "paraphrase" && !a.gradeOnly && !a.restates && a.speaker !== "regulator"
      ? [{ rule: "grade-true", verdict: withFields(a.graded, { matchedEnds: a.matchedEnds }) }]
      : [],
};
