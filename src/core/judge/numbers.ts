import { fitsCountRatio } from "./numbers/countRatio.js";
import { extractQuantities } from "./numbers/extract.js";
import { EPS } from "./numbers/vocabulary.js";

export { extractQuantities } from "./numbers/extract.js";
export { NUMBER_WORDS } from "./numbers/vocabulary.js";
/**
 * Figures in restatements. Press coverage changes figures ("at just 64.5 per cent" for the letter's
 * 74.5%, "nearly half" for 36%); this module reads the quantities of a text — percentages, counts,
 * fractions, ratios and verbal proportions, each as the interval of values it claims — and tells when a
 * press sentence that restates letter sentences gives a figure the letter's corresponding figure does
 * not fit. Pure: no I/O.
 *
 * Quantities live in three dimensions that are only ever compared with themselves:
 * - `share`: a proportion in percent (36%, "a third", "two in five", "7 of 28 contracts", "most");
 * - `change`: a percentage rise or fall ("up by 35%", "a 20% increase");
 * - `count`: a number of things ("2,350 open complaints", "9 recommendations", "ten minutes") — compared only
 *   when both count the same noun.
 * Years, dates, times, ages, money, phone numbers, grades ("G2", "4 – Good"), labels ("Year 6",
 * "paragraph 1.7") and paragraph numbers at the start of a line are not quantities.
 */

export type Dimension = "share" | "change" | "count";

export interface Quantity {
  /** `[start, end)` offsets of the figure's words in the text. */
  start: number;
  end: number;
  /** The words as written ("almost a third", "64.5 per cent"). */
  text: string;
  dimension: Dimension;
  /** The central value (percent for shares and changes). */
  value: number;
  /** The interval of values the words claim (`lo`/`hi` inclusive; strict bounds nudged inward). */
  lo: number;
  hi: number;
  /** A figure stated outright ("26%", "7 of 28"): compared within rounding of its last digit. */
  exact: boolean;
  /** The unit of the last digit written (1 for "36", 0.1 for "64.5"); 0 for a computed ratio. */
  precision: number;
  /** A bound ("more than 25%", "below 70%"): which side the value lies on. */
  bound?: "above" | "below";
  /** Written in figures or number words, not a verbal proportion ("most", "the majority"). */
  numeric: boolean;
  /** Stems of the noun the figure counts ("of overdue care plans" → overdu, care, plan). */
  noun: string[];
  /** The clause around the figure denies it ("were not answered"): the complement may be meant. */
  negated: boolean;
  /** Content stems of the figure's clause: what is said of the things counted ("were not reviewed"). */
  context: string[];
  /** Content stems of its clause and of the words either side, across commas. */
  nearby: string[];
}

function complement(q: Quantity): Quantity {
  return {
    ...q,
    value: 100 - q.value,
    lo: 100 - q.hi,
    hi: 100 - q.lo,
    bound: q.bound === "above" ? "below" : q.bound === "below" ? "above" : undefined,
  };
}

/**
 * Whether a press figure fits a letter figure. Two stated figures agree within half the unit of the
 * coarser one's last digit (64% for 64.3%, not 65%); a hedged or verbal press figure must contain the
 * letter's figure ("almost a third" does not contain 26%); two bounds on the same side must name the
 * same threshold ("below 60%" is not the letter's "below 70%"); otherwise the intervals must meet.
 */
export function fits(press: Quantity, letter: Quantity): boolean {
  if (press.exact && letter.exact) {
    const tol = Math.max(press.precision, letter.precision) / 2;
    return Math.abs(press.value - letter.value) <= tol + EPS;
  }
  // A bare fraction against the letter's "N of M" names a number of cases (numbers/countRatio.ts).
  const asCount = fitsCountRatio(press, letter);
  if (asCount !== undefined) return asCount;
  if (press.bound && press.bound === letter.bound) {
    return Math.abs(press.value - letter.value) <= Math.max(press.precision, letter.precision) / 2 + EPS;
  }
  return press.lo <= letter.hi + EPS && letter.lo <= press.hi + EPS;
}

const shared = (a: string[], b: string[]) => a.filter((x) => b.includes(x)).length;

/** The letter figure a press figure restates: the one counting the same noun, else the only one. */
function counterpart(q: Quantity, letter: Quantity[], pressSame: number): Quantity | undefined {
  // Words the two figures' clauses share besides the nouns: what is said of the things counted ("were
  // were not reviewed", "had been upheld"; not "employs" against "spoke with").
  const said = (l: Quantity, key: "context" | "nearby" = "context") =>
    shared(
      q[key].filter((w) => !q.noun.includes(w) && !l.noun.includes(w)),
      l[key],
    );
  // A share whose letter clause is cut short by a comma ("In six of the 20 files, the plan was not
  // …") says it in the words just after (counts of the same noun stay apart: "employs 1,200 staff").
  const byNoun = letter.filter(
    (l) => shared(q.noun, l.noun) > 0 && (said(l) > 0 || (q.dimension === "share" && said(l, "nearby") >= 2)),
  );
  if (byNoun.length > 0) {
    return byNoun
      .map((l) => ({ l, score: shared(q.noun, l.noun) * 2 + said(l) }))
      .sort((a, b) => b.score - a.score)[0]?.l;
  }
  if (q.dimension === "count") return undefined; // counts of different things are different facts
  // No noun in common: pair only one figure with one figure, when at most one names a noun and their
  // surroundings (across commas) share two words ("library visits, at 62.5 per cent" / "library visits
  // reached 72.5%").
  const only = letter.length === 1 ? letter[0] : undefined;
  if (!only || pressSame !== 1) return undefined;
  // Both name a noun but not the same word ("half of the bus and lorry drivers who sat …" / "three of
  // the 15 drivers who sat …"): one figure each, whose clauses say three things alike of them.
  if (q.noun.length > 0 && only.noun.length > 0) return said(only) >= 3 ? only : undefined;
  return said(only, "nearby") >= 2 ? only : undefined;
}

/**
 * When a press sentence restating `letterSpans` gives a figure that the letter's corresponding figure
 * does not fit, why ('says "64.5 per cent"; the letter says "74.5%"'); undefined when every figure fits
 * or has no counterpart. A figure that fits any letter figure of its dimension is taken as faithful;
 * when exactly one of the two clauses is negated, the complement also fits ("more than a quarter were
 * not answered" against "answered 68.2%"). Verbal letter proportions ("most") are the quantifier
 * rules' business, not compared here.
 */
export function findNumberMismatch(press: string, letterSpans: string[]): string | undefined {
  const letter = letterSpans.flatMap((s) => extractQuantities(s)).filter((q) => q.numeric);
  if (letter.length === 0) return undefined;
  const earlier = new Set(letterSpans.flatMap((s) => earlierFigures(s)));
  const pressInPast = PAST_FRAME.test(press);
  const pressQ = extractQuantities(press);
  for (const q of pressQ) {
    const same = letter.filter((l) => l.dimension === q.dimension);
    if (same.length === 0) continue;
    const fitsAny = same.some(
      (l) => fits(q, l) || (q.dimension === "share" && q.negated !== l.negated && fits(q, complement(l))),
    );
    if (fitsAny) {
      // Only the figure a change started from fits, and the press states it as the present: the
      // letter's "fell from 64% in 2021 to 45% in 2023" reported as "around two-thirds are issued
      // on time" gives the old figure as the current one.
      const current = same.filter((l) => !earlier.has(l.text));
      const fitsEarlierOnly =
        !pressInPast &&
        current.length > 0 &&
        current.length < same.length &&
        !same.some((l) => !earlier.has(l.text) && fits(q, l));
      if (fitsEarlierOnly) {
        const now = current.find((l) => l.dimension === q.dimension);
        if (now)
          return `says "${q.text}", the letter's earlier figure; the letter says it is now "${now.text}"`;
      }
      continue;
    }
    const pressSame = pressQ.filter((p) => p.dimension === q.dimension).length;
    const l = counterpart(q, same, pressSame);
    if (l) return `says "${q.text}"; the letter says "${l.text}"`;
  }
  return undefined;
}

/**
 * A press sentence in the past or naming a time ("was 61%", "in 2022", "up from…", "previously"):
 * it may report a change's starting figure as such, so the earlier-figure check does not apply.
 */
const PAST_FRAME =
  /\b(?:was|were|had|had been|has been|previously|formerly|used to|from|last year|in (?:19|20)\d\d)\b/i;

/**
 * Figures a change starts from: "fell from 64% in 2021 to 45% in 2023", "rose from 12 weeks to 20
 * weeks" — the first figure of a "from X … to Y" pair of the same dimension, no longer the state of
 * things. Returned as the figures' texts.
 */
export function earlierFigures(text: string): string[] {
  const qs = extractQuantities(text).filter((q) => q.numeric);
  const out: string[] = [];
  qs.forEach((q, i) => {
    if (!/\bfrom\s+$/i.test(text.slice(Math.max(0, q.start - 12), q.start))) return;
    const later = qs.slice(i + 1).find((r) => r.dimension === q.dimension);
    if (!later) return;
    const between = text.slice(q.end, later.start);
    if (/\bto\s+$/i.test(between) && !/[.;]/.test(between) && between.length < 60) out.push(q.text);
  });
  return out;
}
