import type { ClaimAnalysis } from "../claimAnalysis.js";
import type { LetterContext } from "../context.js";
import { findUnderstatement } from "../understated.js";
import { type ClaimRule, memo } from "./rule.js";

const cache = new WeakMap<ClaimAnalysis, string | undefined>();

/** What the restatement softens ("several issues" → "a few hindrances"), worked out once per sentence. */
export function understatementOf(a: ClaimAnalysis, ctx: LetterContext): string | undefined {
  return memo(cache, a, () =>
    a.restates ? findUnderstatement(a.sentence.text, ctx.text, a.regions) : undefined,
  );
}

/** Criticism softened in a restatement (understated.ts): flagged `understated`. */
export const understated: ClaimRule = {
  id: "understated",
  describe: "a restatement that softens the letter's criticism",
  applies: (a, ctx) => (understatementOf(a, ctx) ? [{ rule: "understated", flag: "understated" }] : []),
};
