import { SHORTFALL_FIGURE } from "../lexicon.js";
import { extractQuantities } from "../numbers.js";
import { contradicts } from "../omissions.js";
import { caveatClauseStart, criticismIn, toneOf } from "../polarity.js";
import { statesVisitPurposeOnly } from "../purposeClause.js";
import type { ClaimRule } from "./rule.js";
import { restatedAs } from "./verdicts.js";

/**
 * Criticism reported as praise: a letter sentence the press restates carries a shortfall ("31% … against
 * a national figure of 48%", "the quality of plans is variable") and the press sentence carries praise
 * and no criticism ("patients were very satisfied…"). A caveat clause after the restated words
 * (praise quoted from before ", but …") is left to the selective rule.
 */
/**
 * A press sentence without praise words can still deny the letter's shortfall, by claiming it is
 * complete or resolved: "plans are now specific" against "plans are not always specific", "every nurse
 * has now done the course" against "fewer than half have", "hardly any waiting" against "waits are
 * too long". Most of the words are shared, so it reads as
 * a restatement; the claim of completeness (now, all, every, always, fully, no longer, little) with no
 * criticism of its own is what turns it into the opposite of the letter's criticism. "As little as an
 * hour" stresses how little: it restates a shortfall, not its absence.
 */
const CLAIMS_RESOLVED =
  /\b(?:now|everyone|everybody|fully|consistently|no longer|(?<!\b(?:as|too|so|very) )little(?! more)|hardly any|rarely|never)\b/gi;

/**
 * "Now" beside a figure gives the level at present ("locum doctors now fill 12% of posts, down from 20%"),
 * not a shortfall resolved: the figure rules judge the figure. Any other word of completeness counts.
 */
function claimsResolved(press: string): boolean {
  const words = [...press.matchAll(CLAIMS_RESOLVED)].map((m) => m[0].toLowerCase());
  if (words.length === 0) return false;
  if (words.some((w) => w !== "now")) return true;
  return !extractQuantities(press).some((q) => q.numeric);
}

/** A figure limited by "only" or "fewer than" (lexicon.ts) states the shortfall: it denies nothing. */
function deniesCriticism(press: string): boolean {
  if (SHORTFALL_FIGURE.test(press)) return false;
  return contradicts(press, "critical") || (toneOf(press) === "neutral" && claimsResolved(press));
}

export const toneReversal: ClaimRule = {
  id: "tone-reversal",
  describe: "criticism in the letter reported as praise",
  applies(a) {
    // A visit's aim ("returned to check progress in improving …") praises nothing (purposeClause.ts).
    if (!a.restates || statesVisitPurposeOnly(a.sentence.text) || !deniesCriticism(a.sentence.text))
      return [];
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
