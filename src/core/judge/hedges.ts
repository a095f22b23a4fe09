import { allMatches } from "../text/matches.js";
import { withoutConditionalNeed } from "./conditionalNeed.js";
import { HEDGES, type HedgeClass, lexiconPattern } from "./lexicon.js";

export interface HedgeHit {
  cls: HedgeClass;
  phrase: string;
  start: number;
  end: number;
}

const PATTERNS = Object.entries(HEDGES).map(
  ([cls, list]) => [cls as HedgeClass, lexiconPattern(list)] as const,
);

/**
 * A literal every conditional "needed"/"required"/"necessary" holds (conditionalNeed.ts): a text
 * without one has nothing to blank, and is not copied twice for nothing.
 */
const MAY_NEED = /need|requir|necessar/i;

/**
 * Every hedge in `text[from, to)`, with offsets into `text`. "Needed" as a condition ("as-needed
 * medicines") is no hedge: see conditionalNeed.ts (blanked, so offsets stay put).
 */
export function findHedges(text: string, from = 0, to = text.length): HedgeHit[] {
  const raw = text.slice(from, to);
  const slice = MAY_NEED.test(raw) ? withoutConditionalNeed(raw) : raw;
  const hits: HedgeHit[] = [];
  for (const [cls, re] of PATTERNS) {
    for (const m of allMatches(re, slice)) {
      const start = from + (m.index ?? 0);
      hits.push({ cls, phrase: m[0], start, end: start + m[0].length });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
