import type { ClaimAnalysis } from "../claimAnalysis.js";
import type { LetterContext } from "../context.js";
import { rewordsFigure } from "../numbers/rewordedFigure.js";
import { copiedVerdict } from "../restatement.js";
import { type ClaimRule, memo } from "./rule.js";
import { restatedAs } from "./verdicts.js";

const cache = new WeakMap<ClaimAnalysis, { copied: boolean; approximate?: true }>();

/** Whether the restatement reuses the letter's wording (restatement.ts), worked out once per sentence. */
export function copyOf(a: ClaimAnalysis, ctx: LetterContext): { copied: boolean; approximate?: true } {
  return memo(cache, a, () =>
    copiedVerdict(
      a.tokens,
      a.letter.flatMap((s) => ctx.index.sentenceTokens[s.index] ?? []),
    ),
  );
}

/** Said when the shared wording was counted by the in-order match rather than the full word diff. */
export function measuredNote(a: ClaimAnalysis, ctx: LetterContext): string {
  return copyOf(a, ctx).approximate
    ? "; shared wording counted by an in-order word match (the sentence is too long for the full word diff)"
    : "";
}

/** The letter's wording reused near-verbatim without quotation marks. */
export const copied: ClaimRule = {
  id: "copied",
  describe: "the letter's wording reused without quotation marks",
  applies(a, ctx) {
    if (!a.restates || !copyOf(a, ctx).copied) return [];
    // The letter's words around a figure the writer restated ("nearly six in ten" for 58 percent):
    // a restatement in other words, left to the paraphrase rule (numbers/rewordedFigure.ts).
    if (
      rewordsFigure(
        a.sentence.text,
        a.letter.map((s) => s.text),
      )
    )
      return [];
    const merged = a.letter.length > 1 ? ` (${a.letter.length} letter sentences merged)` : "";
    return [
      {
        rule: this.id,
        verdict: restatedAs(
          a,
          "copied",
          `the letter's wording, without quotation marks${merged}${measuredNote(a, ctx)}`,
        ),
      },
    ];
  },
};
