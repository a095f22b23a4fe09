import { isContentToken, type Token } from "../../text/tokens.js";
import type { LetterIndex } from "../letterIndex.js";

/** Position in `index.tokens` of the token starting at character `start` (binary search). */
function tokenPositionAt(index: LetterIndex, start: number): number {
  let lo = 0;
  let hi = index.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.tokens[mid] as Token).start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A short quotation (at most this many content words) may be the letter's words rearranged. */
const REORDER_MAX_CONTENT = 6;

/**
 * The letter's words in another order: every content word of a short quotation (by stem) inside one
 * letter sentence, within a window at most twice the quotation's length — "a marked change in the
 * ward's routine" quoted as "marked routine change". Order-sensitive matching misses these; they are
 * altered quotations, not invented ones. Returns the tightest such window, as token positions.
 */
export function findReordered(
  index: LetterIndex,
  quoted: Token[],
): { first: number; last: number } | undefined {
  const content = quoted.filter(isContentToken);
  const stems = [...new Set(content.map((t) => t.stem))];
  if (stems.length < 2 || stems.length > REORDER_MAX_CONTENT) return undefined;
  const maxSpan = 2 * quoted.length + 1;
  let rarest = index.postings.get(stems[0] as string) ?? [];
  for (const stem of stems) {
    const list = index.postings.get(stem) ?? [];
    if (list.length < rarest.length) rarest = list;
  }
  let best: { first: number; last: number } | undefined;
  for (const s of rarest) {
    const toks = index.sentenceTokens[s] ?? [];
    // Tightest window of the sentence holding every stem (sliding window over its tokens).
    const need = new Map<string, number>();
    let missing = stems.length;
    let lo = 0;
    for (let hi = 0; hi < toks.length; hi++) {
      const stem = (toks[hi] as Token).stem;
      if (stems.includes(stem)) {
        const n = need.get(stem) ?? 0;
        if (n === 0) missing--;
        need.set(stem, n + 1);
      }
      while (missing === 0) {
        const span = hi - lo + 1;
        const offset = tokenPositionAt(index, (toks[lo] as Token).start);
        if (span <= maxSpan && (!best || span < best.last - best.first + 1))
          best = { first: offset, last: offset + span - 1 };
        const out = (toks[lo] as Token).stem;
        const n = need.get(out);
        if (n !== undefined) {
          need.set(out, n - 1);
          if (n - 1 === 0) missing++;
        }
        lo++;
      }
    }
  }
  return best;
}

/** Whether letter tokens `first..last` lack a content word (by stem) of the quotation. */
export function lacksContentWord(
  index: LetterIndex,
  at: { first: number; last: number },
  quoted: Token[],
): boolean {
  const have = new Set(index.tokens.slice(at.first, at.last + 1).map((t) => t.stem));
  return quoted.some((t) => isContentToken(t) && !have.has(t.stem));
}
