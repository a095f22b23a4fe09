import type { Quantity } from "../numbers.js";
import { EPS, NEAR, NUMBER_WORDS } from "./vocabulary.js";

/**
 * A fraction against a ratio of two counts. Inspectorates count cases ("in six of the 18 files", "three
 * of the nine homes"); the press turns the count into a fraction. A bare fraction word ("half",
 * "three quarters", "a third") is loose in general — "a third" for 31% is fair — but against a small
 * stated count it names a number of cases: "half" of 18 is nine, not six; "a quarter" of 18 is four or five,
 * not six, while "a third" and "one in three" are six of 18 and "two thirds" is twelve. So a bare
 * fraction fits a letter's "N of M" when it comes to within half a case of N, or within 5% of M when M
 * is large ("half" of 50 files for 23 is 25: fair). Hedged fractions ("almost half", "fewer than half")
 * keep their own intervals.
 */

/** "six of the 18", "7 out of 21", "23 of the 50": the two counts of a ratio written out. */
const RATIO = /^(\w+)\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+)?(\w+)$/i;

function countOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w];
}

/** The counts of a letter figure stated as "N of M", or undefined. */
export function ratioCounts(q: Quantity): { n: number; m: number } | undefined {
  if (!q.exact || q.dimension !== "share") return undefined;
  const m = RATIO.exec(q.text.trim());
  if (!m) return undefined;
  const n = countOf(m[1] ?? "");
  const of = countOf(m[2] ?? "");
  return n !== undefined && of !== undefined && of > 0 && n <= of ? { n, m: of } : undefined;
}

/** A fraction or proportion word with no hedge: its interval is the plain approximation around it. */
export function isBareApproximation(q: Quantity): boolean {
  if (q.exact || q.bound || !q.numeric || q.dimension !== "share") return false;
  return Math.abs(q.lo - q.value * (1 - NEAR)) < EPS && Math.abs(q.hi - q.value * (1 + NEAR)) < EPS;
}

/**
 * Whether a bare press fraction fits a letter's "N of M" (see above); undefined when the rule does not
 * apply and the ordinary comparison stands.
 */
export function fitsCountRatio(press: Quantity, letter: Quantity): boolean | undefined {
  if (!isBareApproximation(press)) return undefined;
  const counts = ratioCounts(letter);
  if (!counts) return undefined;
  // N from the letter figure's value, so that its complement ("six of the 18 were not …" read as
  // twelve that were) is counted too.
  const n = (letter.value / 100) * counts.m;
  const implied = (press.value / 100) * counts.m;
  return Math.abs(implied - n) <= Math.max(0.5, 0.05 * counts.m) + EPS;
}
