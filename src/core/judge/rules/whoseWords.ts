import type { ClaimAnalysis } from "../claimAnalysis.js";
import type { QuoteAnalysis } from "../quoteAnalysis.js";
import { whoseWords as whoseWordsOf } from "../whoseWords.js";
import type { RevisionRule } from "./rule.js";

/**
 * Press words that are not this letter's are not judged against it (whoseWords.ts): an earlier year's
 * report, the regulator's official speaking in a press statement, a named speaker's own view in a
 * quoted word or two.
 */
export const whoseWords: RevisionRule<ClaimAnalysis | QuoteAnalysis> = {
  id: "whose-words",
  describe: "an earlier report's words, an official's press statement or a speaker's own view: not checked",
  revise(decided, a, ctx) {
    const revised =
      "q" in a
        ? whoseWordsOf(ctx, a.pressSentence, decided, {
            quoted: true,
            speaker: a.q.speaker,
            cue: a.q.attributionCue,
            quotedTerms: [],
          })
        : whoseWordsOf(ctx, a.sentence.text, decided, {
            quoted: false,
            speaker: a.speaker,
            quotedTerms: a.terms,
          });
    return revised === decided ? undefined : revised;
  },
};
