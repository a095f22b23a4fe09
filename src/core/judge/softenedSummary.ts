import type { Judgement, Sentence } from "../types.js";
import type { LetterContext } from "./context.js";
import { PAST_JUDGEMENT } from "./lexicon.js";
import { isFindingSentence } from "./polarity.js";

/**
 * A press release often sums up a letter's required improvements as "some areas for development" or
 * "a few areas where we can improve further", naming one or two of them ("…, including the timeliness
 * of reviews"). The summary shares too few words with any one letter sentence to be aligned, and an
 * inspection's "areas for improvement" are in every letter, so on its own the phrase is fair coverage.
 * It softens the letter only when the letter's outcome obliges the body to improve — "the partners
 * must work together to make improvements", "the service must make urgent improvements", "widespread
 * and/or systemic failings", or any area judged "inadequate" — and then it restates that outcome with
 * a softener: a paraphrase of the outcome sentence, flagged understated. A letter without such an
 * outcome is left to the other rules; so is "requires improvement", which may be one sub-judgement of
 * a good school, where "some areas for improvement" is fair. A past judgement named as history ("was
 * previously judged inadequate") is no outcome.
 */

/** The press's summary: a softening quantity before "areas … for/to/where … improve/develop". */
const SOFT_SUMMARY =
  /\b(?:some|a few|a small number of|a couple of|minor|small|several minor)\s+(?:areas?|aspects?|things)\s+(?:for|of|to|where|that|which|in which)\b[^.;]{0,60}?\b(?:improv\w*|develop\w*|strengthen\w*|work on|build on)\b/i;

/** The letter's outcome that obliges improvement. */
const OBLIGED_OUTCOME =
  /\b(?:must\s+(?:\w+\s+){0,5}(?:make|secure|deliver)\s+(?:\w+\s+)?improvements?|must\s+(?:urgently\s+)?improve|(?:is|are|remains?|judged|rated|graded)\s+inadequate|widespread\s+(?:and\/or\s+)?systemic\s+failings)\b/i;

const current = (text: string) => text.replace(PAST_JUDGEMENT, " ");

export function judgeSoftenedSummary(ctx: LetterContext, pressSentence: string): Judgement | undefined {
  const soft = SOFT_SUMMARY.exec(pressSentence);
  if (!soft) return undefined;
  const outcome = ctx.sentences.find(
    (s: Sentence) => isFindingSentence(s) && OBLIGED_OUTCOME.test(current(s.text)),
  );
  if (!outcome) return undefined;
  const obliged = OBLIGED_OUTCOME.exec(current(outcome.text))?.[0] ?? "";
  return {
    kind: "paraphrase",
    flags: ["understated"],
    letter: [outcome],
    similarity: 0,
    reason: `sums up the letter's findings as "${soft[0]}", but the letter's outcome is that the body "${obliged}"`,
  };
}
