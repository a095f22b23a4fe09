import { findOverstatement } from "../overstated.js";
import { partialMadeTotal, widenedScope } from "../widenedScope.js";
import type { ClaimRule } from "./rule.js";
import { restatedAs } from "./verdicts.js";

const QUOTE_MARK = /["“‘']/;

/**
 * A restatement that drops the letter's qualifier or hedge, or strengthens it ("some" → "all",
 * "beginning to" → "is", "improving slowly" → "now quick"): overstated.ts.
 * A grade the letter's table confirms ("rated outstanding for being caring") is the letter's own
 * judgement, not a superlative the press adds: when the only overstatement found is such a word, it
 * is looked for again with the true grades' words blanked (same length, offsets kept). A finding
 * about one part claimed of every part ("in every subject" for "In English and mathematics") is
 * overstated too, and so is the letter's "not … for all staff" made "not … for any of the staff"
 * (widenedScope.ts).
 */
export const overstatedHedge: ClaimRule = {
  id: "overstated-hedge",
  describe: "a restatement that drops or strengthens the letter's qualifier or hedge",
  applies(a, ctx) {
    if (!a.restates) return [];
    let found = findOverstatement(a.sentence.text, ctx.text, a.regions);
    if (found?.startsWith("calls it") && a.graded?.kind === "paraphrase") {
      let press = a.sentence.text;
      // A grade in quotation marks is left as it is: the quotation rules and the grade summary judge it.
      for (const c of a.graded.claims.filter(
        (c) => !QUOTE_MARK.test(press.slice(c.gradeStart - 1, c.gradeStart + 1)),
      ))
        press =
          press.slice(0, c.gradeStart) + " ".repeat(c.gradeEnd - c.gradeStart) + press.slice(c.gradeEnd);
      found = findOverstatement(press, ctx.text, a.regions);
    }
    const letterTexts = a.letter.map((s) => s.text);
    found ??= widenedScope(a.sentence.text, letterTexts) ?? partialMadeTotal(a.sentence.text, letterTexts);
    return found
      ? [{ rule: this.id, verdict: restatedAs(a, "overstated", `restates the letter but ${found}`) }]
      : [];
  },
};
