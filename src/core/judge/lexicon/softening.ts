/**
 * The words of understatement (understated.ts): how the press makes the letter's criticism sound small.
 * Data a user could extend, like the rest of the lexicon (lexicon.ts re-exports these lists).
 */

/** Softening quantities: "a few", "some", "a small number of", "minor" before a word for shortfalls. */
export const SOFTENERS = [
  "a few",
  "minor",
  "slight",
  "small",
  "some",
  "a small number of",
  "a couple of",
  "a little",
  "occasional",
  "teething",
];

/**
 * Words for shortfalls that a softener shrinks ("a few hindrances", "some minor issues", "occasional
 * lapses"). "Areas" and "aspects" are no shortfall by themselves ("strong in some areas"): they count
 * only before "for / to / where … improve / develop" (understated.ts, SOFT_AREAS).
 */
export const SHORTFALL_NOUNS = [
  "issues?",
  "problems?",
  "concerns?",
  "weakness(?:es)?",
  "shortcomings?",
  "hindrances?",
  "gaps?",
  "lapses?",
  "niggles?",
  "room for (?:further )?improvement",
];

/** Strong criticism that softeners understate, including the lowest grades of the inspectorates' scales. */
export const STRONG_CRITICISM = [
  "significant(?:ly)?",
  "serious(?:ly)?",
  "widespread",
  "too many",
  "too long",
  "too slow",
  "several",
  "many",
  "hampered",
  "inadequate",
  "poor",
  "weak",
  "unsatisfactory",
  "not good enough",
  "failures?",
  "systemic",
  "persistent",
  "substantial",
];
