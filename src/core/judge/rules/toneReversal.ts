import { contradicts } from "../omissions.js";
import { caveatClauseStart, criticismIn } from "../polarity.js";
import type { ClaimRule } from "./rule.js";
import { restatedAs } from "./verdicts.js";

/**
 * Criticism reported as praise: a letter sentence the press restates carries a shortfall ("31% … against
 * a national figure of 48%", "the quality of plans is variable") and the press sentence carries praise
 * and no criticism ("patients were very satisfied…"). A caveat clause after the restated words
 * (praise quoted from before ", but …") is left to the selective rule.
 */
export const toneReversal: ClaimRule = {
  id: "tone-reversal",
  describe: "criticism in the letter reported as praise",
  applies(a) {
    if (!a.restates || !contradicts(a.sentence.text, "critical")) return [];
    for (const s of a.letter) {
      const span = a.spans.find((x) => x.start >= s.start && x.end <= s.end);
      if (!span) continue;
      const turn = caveatClauseStart(s.text);
      const read = turn !== undefined && s.start + turn >= span.end ? s.text.slice(0, turn) : s.text;
      const shortfall = criticismIn(read);
      if (shortfall)
        return [
          {
            rule: this.id,
            verdict: restatedAs(
              a,
              "overstated",
              `reports as praise what the letter gives as criticism ("${shortfall}")`,
            ),
          },
        ];
    }
    return [];
  },
};
