import { withFields } from "../../withFields.js";
import type { ClaimRule } from "./rule.js";

/**
 * A grade the letter does not give ("rated good" where the letter says "requires improvement", or a
 * grade for an area the letter does not grade): the worse error of a sentence, so it decides before
 * anything the rest of the sentence restates (grades.ts).
 */
export const gradeFalse: ClaimRule = {
  id: "grade-false",
  describe: "a grade the letter does not give",
  applies: (a) =>
    a.graded?.kind === "unsupported"
      ? [{ rule: "grade-false", verdict: withFields(a.graded, { matchedEnds: new Map<number, number>() }) }]
      : [],
};
