import type { Sentence } from "../types.js";
import { caveatClauseStart, isCaveat, polarityOf } from "./polarity.js";

/**
 * Selective quoting: the press reports a positive letter passage but never reports the caveat that
 * stands right after it in the letter — the next sentence of the same paragraph when it is critical
 * ("However, this is not yet the case on every ward."), or the critical clause after ", but" in the same
 * sentence when the press words line up only with the part before it.
 * Returns the caveat's letter sentence (or clause), or undefined.
 */
export function findDroppedCaveat(
  letterSentences: Sentence[],
  source: Sentence,
  /** Letter offsets the press words matched in `source`. */
  matchedEnd: number,
  isReported: (sentenceIndex: number) => boolean,
): { start: number; end: number } | undefined {
  if (polarityOf(source) === "critical") {
    // Reporting criticism and not the next one is an omission, not selective praise;
    // but a positive opening clause followed by a critical one is handled below.
    const turn = caveatClauseStart(source.text);
    if (turn === undefined || source.start + turn < matchedEnd) return undefined;
    return { start: source.start + turn, end: source.end };
  }
  const next = letterSentences[source.index + 1];
  if (next && next.block === source.block && isCaveat(next) && !isReported(next.index)) {
    return { start: next.start, end: next.end };
  }
  return undefined;
}
