import type { AnalysedQuote } from "../../segment/analyse.js";
import type { QuoteRule } from "./rule.js";

/** Who the press says spoke, for a reason: ` (attributed to "…")`. */
export function speakerLabel(q: AnalysedQuote): string {
  return q.attributionCue ? ` (attributed to "${q.attributionCue.replace(/\s+/g, " ")}")` : "";
}

/** The quoted words of someone other than the regulator (a council leader) are not quotes of the letter. */
export const quoteOtherSpeaker: QuoteRule = {
  id: "quote-other-speaker",
  describe: "quoted words attributed to someone other than the regulator: not checked",
  applies: (a) =>
    a.q.speaker !== "other"
      ? []
      : [
          {
            rule: "quote-other-speaker",
            verdict: {
              kind: "not-checked",
              flags: [],
              letter: [],
              similarity: 0,
              reason: `the quoted words are someone else's${speakerLabel(a.q)}, not the letter's`,
            },
          },
        ],
};
