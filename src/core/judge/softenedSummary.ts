import { STOPWORDS, tokenize } from "../text/tokens.js";
import type { Judgement, Sentence } from "../types.js";
import type { LetterContext } from "./context.js";
import { statementsOf } from "./grades/judge.js";
import type { Grade } from "./grades/scale.js";
import { PAST_JUDGEMENT } from "./lexicon.js";
import { isFindingSentence } from "./polarity.js";
import { softShortfall } from "./understated.js";

/**
 * A press release often sums up a letter's required improvements as "some areas for development" or
 * "a few areas where we can improve further", naming one or two of them ("…, including the timeliness
 * of reviews"). The summary shares too few words with any one letter sentence to be aligned, and an
 * inspection's "areas for improvement" are in every letter, so on its own the phrase is fair coverage.
 * It softens the letter only when the letter's outcome obliges the body to improve — "the partners
 * must work together to make improvements", "the service must make urgent improvements", "widespread
 * and/or systemic failings", or any area judged "inadequate" in a sentence or graded at the foot of its
 * scale in the grades table (inadequate, weak, unsatisfactory, poor) — and then it restates that outcome
 * with a softener: a paraphrase of the outcome sentence or table row, flagged understated. A letter without such an
 * outcome is left to the other rules; so is "requires improvement", which may be one sub-judgement of
 * a good school, where "some areas for improvement" is fair. A past judgement named as history ("was
 * previously judged inadequate") is no outcome.
 */

/** The letter's outcome that obliges improvement. */
const OBLIGED_OUTCOME =
  /\b(?:must\s+(?:\w+\s+){0,5}(?:make|secure|deliver)\s+(?:\w+\s+)?improvements?|must\s+(?:urgently\s+)?improve|(?:is|are|remains?|judged|rated|graded)\s+inadequate|widespread\s+(?:and\/or\s+)?systemic\s+failings)\b/i;

const current = (text: string) => text.replace(PAST_JUDGEMENT, " ");

/** The grades at the foot of the inspectorates' scales: an area graded so must improve. */
const LOWEST: ReadonlySet<Grade> = new Set<Grade>(["inadequate", "weak", "unsatisfactory", "poor"]);

/** The letter's outcome that obliges improvement: a sentence that says so, else a lowest grade today. */
function obligedOutcome(ctx: LetterContext): { sentence: Sentence; obliged: string } | undefined {
  const said = ctx.sentences.find(
    (s: Sentence) => isFindingSentence(s) && OBLIGED_OUTCOME.test(current(s.text)),
  );
  if (said) return { sentence: said, obliged: OBLIGED_OUTCOME.exec(current(said.text))?.[0] ?? "" };
  const graded = statementsOf(ctx).find((g) => g.form === "table" && !g.previous && LOWEST.has(g.grade));
  const sentence = graded && ctx.sentences[graded.sentence];
  return graded && sentence ? { sentence, obliged: `is ${graded.grade} for ${graded.area}` } : undefined;
}

/** The shortfalls the summary names: the words after "including" / "such as" ("…, including writing"). */
const NAMED = /\b(?:including|such as|notably|particularly)\s+([^.;]{3,120})/i;

/**
 * The letter's finding on the topic the summary names, when it names one: the first finding that holds
 * every content word of the topic, two at least ("including spelling and handwriting" → "Improve pupils'
 * spelling and handwriting"). A topic of several findings ("including the timeliness of plans and
 * communication with families") names none of them for certain, so it adds no source. The named
 * finding is a source beside the outcome: the press reports it, so it is covered, not omitted.
 */
function namedFinding(ctx: LetterContext, pressSentence: string): Sentence | undefined {
  const topic = NAMED.exec(pressSentence)?.[1];
  if (!topic) return undefined;
  const want = new Set(
    tokenize(topic)
      .map((t) => t.stem)
      .filter((w) => !STOPWORDS.has(w)),
  );
  if (want.size < 2) return undefined;
  return ctx.sentences.find((s) => {
    if (!isFindingSentence(s)) return false;
    const have = new Set(tokenize(s.text).map((t) => t.stem));
    return [...want].every((w) => have.has(w));
  });
}

export function judgeSoftenedSummary(ctx: LetterContext, pressSentence: string): Judgement | undefined {
  const soft = softShortfall(pressSentence);
  if (!soft) return undefined;
  const outcome = obligedOutcome(ctx);
  if (!outcome) return undefined;
  return {
    kind: "paraphrase",
    flags: ["understated"],
    letter: [outcome.sentence, namedFinding(ctx, pressSentence)].filter(
      (x, i, all): x is Sentence => x !== undefined && all.indexOf(x) === i,
    ),
    similarity: 0,
    reason: `sums up the letter's findings as "${soft}", but the letter's outcome is that the body "${outcome.obliged}"`,
  };
}
