import { isContentToken, tokenize } from "../text/tokens.js";
import type { Sentence } from "../types.js";
import { caveatClauseStart, isCaveat, polarityOf } from "./polarity.js";

/**
 * A following sentence qualifies the one before when it turns on it ("However…", "But…") or points
 * back to it ("This…", "These…", "In some of these cases…", "Not all of them…").
 */
const TURNS_OR_REFERS_BACK =
  /^(?:however|but|although|though|nevertheless|nonetheless|yet|that said|despite (?:this|these)|even so|while|whilst|this|these|that|those|it|they|such|in (?:some|many|most|a (?:small )?(?:minority|number)) of (?:these|those|them|the cases)|not all (?:of )?(?:these|those|them|such))\b/i;
/** …or when it speaks of the same things: at least this many content stems in common. */
const SHARED_TOPIC_STEMS = 2;

/** Whether `next` is a caveat on `source`, not a new topic that happens to be critical. */
function bearsOn(source: Sentence, next: Sentence): boolean {
  if (TURNS_OR_REFERS_BACK.test(next.text.trimStart())) return true;
  const stems = new Set(
    tokenize(source.text)
      .filter(isContentToken)
      .map((t) => t.stem),
  );
  const shared = new Set(
    tokenize(next.text)
      .filter((t) => isContentToken(t) && stems.has(t.stem))
      .map((t) => t.stem),
  );
  return shared.size >= SHARED_TOPIC_STEMS;
}

/**
 * Selective quoting: the press reports a positive letter passage but never reports the caveat that
 * stands right after it in the letter — the next sentence of the same paragraph when it is critical
 * and bears on it ("However, this is not yet the case on every ward.", not a critical sentence on a
 * new topic), or the critical clause after ", but" in the same
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
  if (
    next &&
    next.block === source.block &&
    isCaveat(next) &&
    bearsOn(source, next) &&
    !isReported(next.index)
  ) {
    return { start: next.start, end: next.end };
  }
  return undefined;
}
