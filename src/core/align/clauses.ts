import { allMatches } from "../text/matches.js";
import type { Token } from "../text/tokens.js";

/**
 * Long press sentences join a claim to its framing: "A nursery has been rated inadequate after
 * inspectors found toddlers in the garden were not being properly watched", "The force was
 * rated good, with inspectors praising its work with schools". Judged whole, the framing's words
 * (the rating, the publisher's gloss) dilute the restated finding below the sourced threshold. The
 * clauses are cut at joins that introduce a new proposition: "after", "because", "following",
 * ", with", ", while", ", but", ", and that", "; " and dashes.
 */
const CLAUSE_JOIN =
  // `(?<!\s)`: a join that starts with white space starts where the white space does; without it the
  // engine retried every position inside a long run of white space (quadratic in its length).
  /(?<!\s)\s+(?=(?:after|because|following|as a result of)\s)|,\s+(?=(?:with|while|whilst|but|and that|which|although|as)\s)|(?<!\s)\s+and that\s+|;\s+|(?<!\s)\s+[–—]\s+/giu;

/** A clause needs this many content words to be aligned on its own. */
export const MIN_CLAUSE_WORDS = 4;

/** `[start, end)` ranges of the clauses of `text` (offsets into `text`). */
export function clauseRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of allMatches(CLAUSE_JOIN, text)) {
    if (m.index > start) ranges.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

/** A clause that frames rather than claims: the headline rating ("has been rated requires improvement"). */
const RATING_FRAME =
  /\b(?:rated|graded|judged|branded)\s+(?:as\s+|to be\s+)?['‘"“]?(?:\d\s*[-–]\s*)?(?:outstanding|good|requires improvement|inadequate|adequate|weak|excellent|very good|unsatisfactory|poor)\b/i;

/**
 * The clauses a press sentence can be sourced by: each clause with at least `minWords` content words,
 * but only when every other substantial clause is framing (a rating) — a substantive claim of its own
 * ("the rating came down only to the date of the visit") is not made true by a true clause beside it.
 */
export function sourceableClauses(
  text: string,
  tokens: Token[],
  isContent: (t: Token) => boolean,
  minWords = MIN_CLAUSE_WORDS,
): Token[][] {
  const ranges = clauseRanges(text);
  if (ranges.length < 2) return [];
  const clauses = ranges.map((r) => ({
    text: text.slice(r.start, r.end),
    tokens: tokens.filter((t) => t.start >= r.start && t.end <= r.end),
  }));
  const substantial = clauses.filter((c) => c.tokens.filter(isContent).length >= minWords);
  return substantial
    .filter((c) => substantial.every((o) => o === c || RATING_FRAME.test(o.text)))
    .map((c) => c.tokens);
}
