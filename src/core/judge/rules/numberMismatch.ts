import { findNumberMismatch } from "../numbers.js";
import type { ClaimRule } from "./rule.js";
import { restatedAs } from "./verdicts.js";

/**
 * A figure the letter's corresponding figure does not fit ("nearly half" for 36%, 64.5% for 74.5%)
 * makes the restatement "overstated", not "unsupported": the letter has the finding (its sentences stay
 * the source, so the diff shows both figures), and the press changes it — the kind the contract gives
 * a restatement that alters a finding, whichever way the figure moves (numbers.ts).
 */
export const numberMismatch: ClaimRule = {
  id: "number-mismatch",
  describe: "a figure the letter's corresponding figure does not fit",
  applies(a) {
    if (!a.restates) return [];
    const mismatch = findNumberMismatch(
      a.sentence.text,
      a.letter.map((s) => s.text),
    );
    return mismatch
      ? [{ rule: this.id, verdict: restatedAs(a, "overstated", `restates the letter but ${mismatch}`) }]
      : [];
  },
};
