import { isContentToken, tokenize } from "../text/tokens.js";
import type { Sentence } from "../types.js";
import { lexiconPattern, PRAISE } from "./lexicon.js";
import { caveatClauseStart, isCaveat, isFindingSentence, polarityOf, toneOf } from "./polarity.js";
import { memo } from "./rules/rule.js";

/**
 * A following sentence qualifies the one before when it turns on it ("However…", "But…") or points
 * back to it ("This…", "These…", "In some of these cases…", "Not all of them…").
 */
const TURNS_OR_REFERS_BACK =
  /^(?:however|but|although|though|nevertheless|nonetheless|yet|that said|despite (?:this|these)|even so|while|whilst|this|these|that|those|it|they|such|in (?:some|many|most|a (?:small )?(?:minority|number)) of (?:these|those|them|the cases)|not all (?:of )?(?:these|those|them|such))\b/i;
/** …or when it speaks of the same things: at least this many content stems in common. */
const SHARED_TOPIC_STEMS = 2;

/**
 * Whether `next` is a caveat on `source`, not a new topic that happens to be critical. Both are letter
 * sentences: the answer is kept per pair, as every press document restating `source` asks again.
 */
const bearsOnMemo = new WeakMap<Sentence, WeakMap<Sentence, boolean>>();
function bearsOn(source: Sentence, next: Sentence): boolean {
  const answers = memo(bearsOnMemo, source, () => new WeakMap<Sentence, boolean>());
  return memo(answers, next, () => readsAsBearingOn(source, next));
}

function readsAsBearingOn(source: Sentence, next: Sentence): boolean {
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
  return shared.size >= (LIMITS_BEFORE.test(next.text) ? 1 : SHARED_TOPIC_STEMS);
}

/**
 * A sentence that opens by turning on the one before it: "However, managers now meet weekly." is the
 * second half of a contrast, and its first half is the sentence before ("Managers rarely met in the
 * spring."). Only sentence-level turns: "Although…", "While…" open a contrast inside the sentence
 * itself, and "This…", "These…" point back without turning. A conditional opening is a turn too:
 * "Too few reviews are held on time. When reviews are held, they are thorough." praises only the
 * reviews that happen, and reporting "reviews are thorough" drops the shortfall it is set against.
 */
const TURNS_ON_PREVIOUS =
  /^(?:however|but|yet|nevertheless|nonetheless|that said|having said that|even so|despite (?:this|these|that|those)|in spite of (?:this|these|that|those)|notwithstanding (?:this|these|that|those)|(?:when|where)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:(?:take|takes|took) place|happen|happens|happened|occur|occurs|occurred|(?:is|are|was|were|have been|has been) (?:completed|held|undertaken|carried out|done|in place|used|offered|available))\b)/iu;

/**
 * A sentence that opens with a turn ("However, …", "But …", "Despite this, …", "That said, …") is set
 * by the letter itself against the sentence before it: what it says is the other side of that
 * finding, whether or not the criticism lexicon knows its words ("But the share of visits held on
 * time stayed at a third", "However, the views of carers are seldom recorded"). Unless it is itself praise
 * ("However, leaders have acted quickly and well"), it is the caveat of a positive or neutral finding.
 */
const TURN_OPENING =
  /^\s*(?:however|but|nevertheless|nonetheless|even so|that said|having said that|yet|despite (?:this|these|that)|in spite of (?:this|these|that))\b/i;

function isTurnedCaveat(next: Sentence): boolean {
  return isFindingSentence(next) && TURN_OPENING.test(next.text) && toneOf(next.text) !== "positive";
}

/**
 * Praise in a sentence the lexicon reads as critical for a word about the people served ("good
 * support for tenants who find it hard to pay"): when the next sentence turns on it
 * with criticism, the letter treats it as the strength and the next as its shortfall.
 */
const PRAISE_WORDS = lexiconPattern(PRAISE, "i");

/**
 * A next sentence that limits what the one before said ("Not all incidents were recorded", "Not every
 * plan …") bears on it with fewer shared words: one shared content stem is enough.
 */
const LIMITS_BEFORE = /^\s*not\s+(?:all|every|everyone|enough)\b/i;

/** Which side of the reported passage the dropped caveat stands on, in the letter. */
export type CaveatSide = "follows" | "precedes";

/**
 * Selective quoting: the press reports a positive letter passage but never reports the caveat that
 * qualifies it. The caveat may stand:
 * - right after it: the next sentence of the same paragraph when it is critical and bears on it
 *   ("However, this does not yet hold on every ward.", not a critical sentence on a new topic), or
 *   the critical clause after ", but" in the same sentence when the press words line up only with the
 *   part before it;
 * - right before it: when the positive sentence opens by turning on the one before ("Night checks
 *   were often missed last year. However, staff now record every check."), the previous sentence of
 *   the same paragraph, when critical, is the other half of the contrast. Reporting "staff now record
 *   every check" alone drops the shortfall the letter set it against, just as reporting praise without
 *   the "However…" after it does. Without the turn word the previous sentence is only a neighbour, and
 *   across a paragraph break it is a new point, so neither is taken.
 * Returns the caveat's letter sentence (or clause) and its side, or undefined.
 */
export function findDroppedCaveat(
  letterSentences: Sentence[],
  source: Sentence,
  /** Letter offsets the press words matched in `source`. */
  matchedEnd: number,
  isReported: (sentenceIndex: number) => boolean,
): { start: number; end: number; side: CaveatSide } | undefined {
  const next = letterSentences[source.index + 1];
  // Whether the press reports the next sentence is asked last, of a next sentence that would be the
  // caveat: the answer weighs every press sentence's words against it (omissions/documentCoverage.ts),
  // and most sources have no caveat after them. The tests before it only read the letter.
  const sameBlockNext = next && next.block === source.block ? next : undefined;
  const unreported = (s: Sentence): boolean => !isReported(s.index);
  if (polarityOf(source) === "critical") {
    if (
      sameBlockNext &&
      PRAISE_WORDS.test(source.text) &&
      TURN_OPENING.test(sameBlockNext.text) &&
      isCaveat(sameBlockNext) &&
      unreported(sameBlockNext)
    )
      return { start: sameBlockNext.start, end: sameBlockNext.end, side: "follows" };
    // Reporting criticism and not the next one is an omission, not selective praise;
    // but a positive opening clause followed by a critical one is handled below.
    const turn = caveatClauseStart(source.text);
    if (turn === undefined || source.start + turn < matchedEnd) return undefined;
    return { start: source.start + turn, end: source.end, side: "follows" };
  }
  if (
    sameBlockNext &&
    ((isCaveat(sameBlockNext) && bearsOn(source, sameBlockNext)) || isTurnedCaveat(sameBlockNext)) &&
    unreported(sameBlockNext)
  )
    return { start: sameBlockNext.start, end: sameBlockNext.end, side: "follows" };
  const previous = letterSentences[source.index - 1];
  if (
    previous &&
    polarityOf(source) === "positive" &&
    TURNS_ON_PREVIOUS.test(source.text.trimStart()) &&
    previous.block === source.block &&
    isCaveat(previous) &&
    !isReported(previous.index)
  ) {
    return { start: previous.start, end: previous.end, side: "precedes" };
  }
  return undefined;
}
