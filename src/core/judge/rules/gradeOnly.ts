import { withFields } from "../../withFields.js";
import { isCopied } from "../restatement.js";
import type { ClaimRule } from "./rule.js";

/**
 * A sentence that says little besides the grades the letter gives (or a heading): the grades are its
 * claim — or, for an earlier inspection's grades, no claim about the letter. The letter's grade
 * sentence copied word for word is "copied", as any other copied sentence.
 */
export const gradeOnly: ClaimRule = {
  id: "grade-only",
  describe: "a sentence (or heading) that is little besides grades: judged by its grades",
  applies(a, ctx) {
    const graded = a.graded;
    if (!graded || !a.gradeOnly || graded.kind === "unsupported") return [];
    const gradeTokens = graded.letter.flatMap((s) => ctx.index.sentenceTokens[s.index] ?? []);
    if (graded.kind === "paraphrase" && isCopied(a.tokens, gradeTokens))
      return [
        {
          rule: this.id,
          verdict: withFields(graded, {
            kind: "copied" as const,
            matchedEnds: a.matchedEnds,
            reason: `the letter's wording, without quotation marks (${graded.reason})`,
          }),
        },
      ];
    return [{ rule: this.id, verdict: withFields(graded, { matchedEnds: a.matchedEnds }) }];
  },
};
