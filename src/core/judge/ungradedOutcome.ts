import type { Judgement, Sentence } from "../types.js";
import type { LetterContext } from "./context.js";

/**
 * Ofsted's ungraded inspections end in an outcome, not a grade: the school "continues to be good",
 * or the evidence suggests it "may not be good (or outstanding) if a graded inspection were carried
 * out now", and so "the next inspection will be a graded inspection". Coverage words the warning
 * as "may no longer be good", "could lose its good rating", "is at risk of losing its outstanding
 * grade", and the consequence as "will now face a full inspection": the same finding, sharing too
 * few words with the letter's formula to be aligned. When the letter has the formula, this rule ties
 * such press words to it — a paraphrase when the press keeps the "may", overstated when it drops it
 * ("has lost its good rating", "is no longer good": the letter decided nothing yet). The same holds
 * for the opposite outcome, "may be judged outstanding if a graded inspection were carried out now":
 * "could be rated outstanding" restates it, "is now outstanding" overstates it.
 */

/** A graded inspection, as the letters name it: "a graded inspection", "a graded (section 5) inspection". */
const GRADED_INSPECTION = /\b(?:graded|full|section\s+5)\b[^.]{0,20}?\binspection/i;

/** The letter's warning, with the grade at risk in group 1 ("…might not be rated good if…"). */
const LETTER_WARNING =
  /\b(?:may|might|could|would)\s+not\s+be\s+(?:judged\s+|rated\s+|graded\s+|found\s+)?(?:as\s+|to\s+be\s+)?(good|outstanding)\b/i;

/** The letter's promise, with the grade in group 1 ("…may be judged outstanding if a graded…"). */
const LETTER_PROMISE =
  /\b(?:may|might|could|would)\s+be\s+(?:judged\s+|rated\s+|graded\s+|found\s+)?(?:as\s+|to\s+be\s+)?(outstanding|good)\b/i;

/** The letter's consequence: the next inspection will be a graded one. */
const LETTER_NEXT =
  /\bnext\s+inspection\s+will\s+(?:therefore\s+|now\s+)?be\s+an?\s+(?:graded|full|section\s+5)\b[^.]{0,20}?\binspection/i;

/** The press keeps the doubt: "may no longer be good", "could lose its outstanding rating". */
const PRESS_HEDGED =
  /\b(?:may|might|could|is\s+at\s+risk\s+of|at\s+risk\s+of)\s+(?:no\s+longer\s+be|not\s+(?:be|remain|stay)|los(?:e|ing)|be\s+stripped\s+of|be\s+downgraded\s+from)\s+(?:rated\s+|judged\s+|graded\s+)?(?:its\s+|their\s+|a\s+|the\s+)?['‘"“]?(good|outstanding)\b/i;

/** The press drops the doubt: "is no longer good", "has lost its good rating". */
const PRESS_CERTAIN =
  /\b(?:(?:is|are)\s+no\s+longer\s+(?:rated\s+|judged\s+)?['‘"“]?(good|outstanding)|(?:has|have)\s+lost\s+(?:its|their|a)\s+['‘"“]?(good|outstanding))\b/i;

/** The press keeps the promise a promise: "could be rated outstanding", "is on track to become outstanding". */
const PRESS_PROMISE_HEDGED =
  /\b(?:may|might|could|on\s+track\s+to|set\s+to|in\s+line\s+to)\s+(?:be|become)\s+(?:rated\s+|judged\s+|graded\s+)?(?:as\s+)?['‘"“]?(outstanding|good)\b/i;

/**
 * The press makes it a grade: "has been rated outstanding", "is now judged outstanding", "is now an
 * outstanding school". Only a grade given to the school: "pupils' writing is outstanding" praises
 * one thing and is left to the other rules.
 */
const PRESS_PROMISE_CERTAIN =
  /\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?(?:rated|judged|graded)\s+(?:as\s+)?['‘"“]?(outstanding|good)\b|(?:is|are)\s+now\s+(?:an?\s+)?['‘"“]?(outstanding|good)['’"”]?\s+(?:school|academy|nursery|college|provider|setting))/i;

/** The press reports the consequence: "will now face a full inspection", "faces a graded inspection". */
const PRESS_NEXT =
  /\b(?:will(?:\s+now)?|is\s+(?:now\s+)?(?:due|set)\s+to|faces?|facing|must)\s+(?:(?:face|have|receive|undergo|get)\s+)?(?:a\s+)?(?:full|graded|section\s+5)\s+(?:[\p{L}]+\s+)?inspection/iu;

/** The first letter sentence where `re` matches and a graded inspection is named (or not needed). */
function letterSentence(
  ctx: LetterContext,
  re: RegExp,
  needsGraded = true,
): { sentence: Sentence; grade?: string } | undefined {
  for (const s of ctx.sentences) {
    const m = re.exec(s.text);
    if (m && (!needsGraded || GRADED_INSPECTION.test(s.text)))
      return { sentence: s, grade: m[1]?.toLowerCase() };
  }
  return undefined;
}

const found = (kind: "paraphrase" | "overstated", sentence: Sentence, reason: string): Judgement => ({
  kind,
  flags: [],
  letter: [sentence],
  similarity: 1,
  reason,
});

type Outcome = { sentence: Sentence; grade?: string } | undefined;

/** The letter's outcome sentences, found once per letter (every press sentence of every document asks). */
const outcomesCache = new WeakMap<LetterContext, { warning: Outcome; promise: Outcome; next: Outcome }>();
function outcomesOf(ctx: LetterContext): { warning: Outcome; promise: Outcome; next: Outcome } {
  let outcomes = outcomesCache.get(ctx);
  if (!outcomes) {
    const warning = letterSentence(ctx, LETTER_WARNING);
    outcomes = {
      warning,
      promise: warning ? undefined : letterSentence(ctx, LETTER_PROMISE),
      next: letterSentence(ctx, LETTER_NEXT, false),
    };
    outcomesCache.set(ctx, outcomes);
  }
  return outcomes;
}

/** The judgement of a press claim about an ungraded inspection's outcome, when the letter has one. */
export function judgeUngradedOutcome(ctx: LetterContext, pressText: string): Judgement | undefined {
  const { warning, promise, next } = outcomesOf(ctx);
  if (warning) {
    const hedged = PRESS_HEDGED.exec(pressText);
    if (hedged && hedged[1]?.toLowerCase() === warning.grade)
      return found(
        "paraphrase",
        warning.sentence,
        `restates the ungraded inspection's outcome: the school may not be ${warning.grade} if graded now`,
      );
    const certain = PRESS_CERTAIN.exec(pressText);
    if (certain && (certain[1] ?? certain[2])?.toLowerCase() === warning.grade)
      return found(
        "overstated",
        warning.sentence,
        `restates the letter but drops its hedge: the letter says only that the school may not be ${warning.grade} if a graded inspection were carried out now`,
      );
  }
  if (promise) {
    const hedged = PRESS_PROMISE_HEDGED.exec(pressText);
    if (hedged && hedged[1]?.toLowerCase() === promise.grade)
      return found(
        "paraphrase",
        promise.sentence,
        `restates the ungraded inspection's outcome: the school may be ${promise.grade} if graded now`,
      );
    const certain = PRESS_PROMISE_CERTAIN.exec(pressText);
    if (certain && (certain[1] ?? certain[2])?.toLowerCase() === promise.grade)
      return found(
        "overstated",
        promise.sentence,
        `restates the letter but drops its hedge: the letter says only that the school may be ${promise.grade} if a graded inspection were carried out now`,
      );
  }
  if (next && PRESS_NEXT.test(pressText))
    return found(
      "paraphrase",
      next.sentence,
      "restates the ungraded inspection's consequence: the next inspection will be a graded one",
    );
  return undefined;
}
