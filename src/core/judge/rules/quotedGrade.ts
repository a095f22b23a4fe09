import { quotedGrade as quotedGradeOf } from "../gradeSummary.js";
import type { QuoteAnalysis } from "../quoteAnalysis.js";
import type { RevisionRule } from "./rule.js";

/**
 * A quotation that is only a grade ("rated as “requires improvement to be good”"), in a sentence whose
 * summary grade claim is true: the quoted words are the table's, and its line is their source.
 */
export const quotedGrade: RevisionRule<QuoteAnalysis> = {
  id: "quoted-grade",
  describe: "a quoted grade that the judgement table gives",
  revise(decided, a, ctx) {
    const revised = quotedGradeOf(ctx, a.pressSentence, a.q, decided);
    return revised === decided ? undefined : revised;
  },
};
