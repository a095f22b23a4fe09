import type { Flag, Kind } from "../core/types.js";

/** What each kind means, for legends (wording from DESIGN.md). */
export const KIND_MEANINGS: Readonly<Record<Kind, string>> = {
  "quote-exact": "Quoted words appear in the letter.",
  "quote-altered": "Quoted words are close to a letter passage but differ.",
  "quote-not-found": "Quoted and attributed to the regulator, but no letter passage is close.",
  copied: "Letter wording reused near-verbatim without quotation marks.",
  paraphrase: "Restates a letter finding in other words without changing its strength.",
  overstated: "Restates a letter finding but drops a qualifier or hedge, or strengthens it.",
  unsupported: "A claim attributed to the regulator that the letter does not contain.",
  "not-checked": "Not a claim about the letter (the publisher's own comment, contact details).",
};

/** What each flag means, for legends (wording from `src/core/types.ts`). */
export const FLAG_MEANINGS: Readonly<Record<Flag, string>> = {
  selective: "Reports a letter passage but not the caveat next to it.",
  overgeneralised: "An exact quote whose quantifier, just outside the quotation marks, was dropped.",
  understated: "Criticism softened.",
  misattributed: "Words the letter gives to someone else are given to the regulator.",
};
