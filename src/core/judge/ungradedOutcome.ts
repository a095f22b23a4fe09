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
 * ("has lost its good rating", "is no longer good": the letter decided nothing yet).
 */

/** The letter's warning, with the grade at risk in group 1. */
const LETTER_WARNING =
  /\b(?:may|might|could)\s+not\s+be\s+(?:judged\s+|rated\s+|graded\s+|found\s+)?(?:as\s+|to\s+be\s+)?(good|outstanding)\b[^.]*?\bif\b[^.]*?\b(?:graded|full|section\s+5)\s+inspection/i;

/** The letter's consequence: the next inspection will be a graded one. */
const LETTER_NEXT =
  /\bnext\s+inspection\s+will\s+(?:therefore\s+|now\s+)?be\s+a\s+(?:graded|full|section\s+5)\s+inspection/i;

/** The press keeps the doubt: "may no longer be good", "could lose its outstanding rating". */
const PRESS_HEDGED =
  /\b(?:may|might|could|is\s+at\s+risk\s+of|at\s+risk\s+of)\s+(?:no\s+longer\s+be|not\s+(?:be|remain|stay)|los(?:e|ing)|be\s+stripped\s+of|be\s+downgraded\s+from)\s+(?:rated\s+|judged\s+|graded\s+)?(?:its\s+|their\s+|a\s+|the\s+)?['‘"“]?(good|outstanding)\b/i;

/** The press drops the doubt: "is no longer good", "has lost its good rating". */
const PRESS_CERTAIN =
  /\b(?:(?:is|are)\s+no\s+longer\s+(?:rated\s+|judged\s+)?['‘"“]?(good|outstanding)|(?:has|have)\s+lost\s+(?:its|their|a)\s+['‘"“]?(good|outstanding))\b/i;

/** The press reports the consequence: "will now face a full inspection", "faces a graded inspection". */
const PRESS_NEXT =
  /\b(?:will(?:\s+now)?|is\s+(?:now\s+)?(?:due|set)\s+to|faces?|facing|must)\s+(?:(?:face|have|receive|undergo|get)\s+)?(?:a\s+)?(?:full|graded|section\s+5)\s+(?:[\p{L}]+\s+)?inspection/iu;

function letterSentence(ctx: LetterContext, re: RegExp): { sentence: Sentence; grade?: string } | undefined {
  for (const s of ctx.sentences) {
    const m = re.exec(s.text);
    if (m) return { sentence: s, grade: m[1]?.toLowerCase() };
  }
  return undefined;
}

/** The judgement of a press claim about an ungraded inspection's outcome, when the letter has one. */
export function judgeUngradedOutcome(ctx: LetterContext, pressText: string): Judgement | undefined {
  const warning = letterSentence(ctx, LETTER_WARNING);
  if (warning) {
    const hedged = PRESS_HEDGED.exec(pressText);
    if (hedged && hedged[1]?.toLowerCase() === warning.grade)
      return {
        kind: "paraphrase",
        flags: [],
        letter: [warning.sentence],
        similarity: 1,
        reason: `restates the ungraded inspection's outcome: the school may not be ${warning.grade} if graded now`,
      };
    const certain = PRESS_CERTAIN.exec(pressText);
    if (certain && (certain[1] ?? certain[2])?.toLowerCase() === warning.grade)
      return {
        kind: "overstated",
        flags: [],
        letter: [warning.sentence],
        similarity: 1,
        reason: `restates the letter but drops its hedge: the letter says only that the school may not be ${warning.grade} if a graded inspection were carried out now`,
      };
  }
  const next = letterSentence(ctx, LETTER_NEXT);
  if (next && PRESS_NEXT.test(pressText))
    return {
      kind: "paraphrase",
      flags: [],
      letter: [next.sentence],
      similarity: 1,
      reason: "restates the ungraded inspection's consequence: the next inspection will be a graded one",
    };
  return undefined;
}
