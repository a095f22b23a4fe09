import { measuredNote } from "./copied.js";
import type { ClaimRule } from "./rule.js";
import { understatementOf } from "./understated.js";
import { restatedAs } from "./verdicts.js";

/**
 * A sentence the letter's sentences account for (claimAnalysis.ts: half its distinctive words and
 * three shared words, or a sourced clause or quoted term) restates the letter in other words. The
 * weakest verdict of a restatement: every rule that finds a change outranks it (decide.ts).
 */
export const paraphrase: ClaimRule = {
  id: "paraphrase",
  describe: "restates a letter finding in other words",
  applies(a, ctx) {
    if (!a.restates) return [];
    const pct = `${Math.round(a.weighted * 100)}%`;
    const understated = understatementOf(a, ctx);
    return [
      {
        rule: this.id,
        verdict: restatedAs(
          a,
          "paraphrase",
          `restates the letter in other words (${pct} of its distinctive words are the letter's)${understated ? `, but ${understated}` : ""}${measuredNote(a, ctx)}`,
        ),
      },
    ];
  },
};
