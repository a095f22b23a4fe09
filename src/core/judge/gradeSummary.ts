import type { Judgement, Sentence } from "../types.js";
import type { LetterContext } from "./context.js";
import { type Count, countHolds, countNear } from "./gradeSummary/areaCounts.js";
import { judgeCounts } from "./gradeSummary/countsWithoutOverall.js";
import { countingSentences } from "./gradeSummary/letterCounts.js";
import {
  denials,
  earlierStated,
  gradeWordsInLetter,
  namesArea,
  sentencesOf,
} from "./gradeSummary/letterEvidence.js";
import { tableOf } from "./gradeSummary/letterTable.js";
import { clauseBefore, type Mention, mentionsOf, THE_OTHER_ONE } from "./gradeSummary/mentions.js";
import { type Grade, type GradeStatement, gradeOf, judgeGrades } from "./grades.js";
import { rekind } from "./rekind.js";

/**
 * Summary grade claims against a letter's judgement table: what a headline or first line of coverage
 * says about the inspection as a whole — "rated 'good' by the regulator", "gets an inadequate rating",
 * "judged the overall effectiveness … as requiring improvement", "rated inadequate in three of four
 * categories", "all but one area was found inadequate", "good in all four areas", "the highest possible
 * rating in two of the three judgements", "is no longer inadequate".
 *
 * The claim is checked against the table's overall grade (and, for a count of areas, against how many
 * of the table's areas carry the grade; a table's count may or may not include the overall line), and
 * its source is the table's line. An earlier grade given as background ("was rated inadequate in
 * 2019", "a decade ago … was found to be inadequate", "had been rated … since 2010") is no claim about
 * this letter. Only letters with a judgement table stating an overall grade are read this way; a table
 * without one (HMICFRS) is read for counts of areas only (gradeSummary/countsWithoutOverall.ts).
 */

export interface GradeSummary {
  /** paraphrase: true; unsupported: a wrong grade or count; not-checked: only earlier grades or other bodies. */
  kind: "paraphrase" | "quote-exact" | "quote-altered" | "unsupported" | "not-checked";
  letter: Sentence[];
  reason: string;
  /** The grades the sentence claims for this inspection (canonical). */
  grades: Grade[];
  /** For not-checked: whether the grades are earlier ones (else aims or other bodies' grades). */
  earlier?: boolean;
}

/**
 * The summary grade claims of one press sentence checked against the letter's judgement table;
 * undefined when the letter has no such table or the sentence makes no summary grade claim.
 */
export function judgeGradeSummary(ctx: LetterContext, sentence: string): GradeSummary | undefined {
  const { overall, areas, year } = tableOf(ctx);
  if (!overall && areas.length === 0) return undefined;
  const mentions = mentionsOf(sentence, year);
  if (mentions.length === 0) return undefined;
  if (!overall) return judgeCounts(ctx, sentence, mentions, areas);
  const current = mentions.filter((m) => !m.earlier && !m.aside);
  if (current.length === 0) return earlierOrOtherGrades(ctx, mentions);
  const check: MentionCheck = { sources: [], wrong: undefined, anyTrue: false };
  addSources(check, sentencesOf(ctx, [overall]));
  for (const m of current) {
    if (!checkMention(ctx, sentence, { mentions, current }, m, { overall, areas }, check)) return undefined;
  }
  return summaryOfCheck(ctx, current, overall, check);
}

/** A sentence whose grades are all earlier ones, aims or other bodies': recalled by the letter, or not checked. */
function earlierOrOtherGrades(ctx: LetterContext, mentions: Mention[]): GradeSummary {
  const stated = earlierStated(ctx, mentions);
  if (stated.length > 0)
    return {
      kind: mentions.some((m) => m.quoted) ? "quote-exact" : "paraphrase",
      letter: stated,
      grades: [],
      reason: "reports the earlier inspection's grade, as the letter itself recalls it",
    };
  const earlier = mentions.some((m) => m.earlier);
  return {
    kind: "not-checked",
    letter: [],
    grades: [],
    earlier,
    reason: earlier
      ? "reports an earlier inspection's grade as background, not a claim about this report"
      : "a grade named as an aim or as other bodies' grade, not a claim about this report",
  };
}

/** What checking a sentence's grade mentions has found so far. */
interface MentionCheck {
  /** The letter sentences the true claims come from (the table's lines), without repeats. */
  sources: Sentence[];
  /** Why a claim is false, if one is. */
  wrong: string | undefined;
  anyTrue: boolean;
}

function addSources(check: MentionCheck, ss: Sentence[]): void {
  for (const s of ss) if (!check.sources.includes(s)) check.sources.push(s);
}

/**
 * Checks one grade mention of this inspection against the table (its overall line, a count of its
 * areas, or the areas the sentence names); false when the mention may be one area's grade, which the
 * area rules decide.
 */
function checkMention(
  ctx: LetterContext,
  sentence: string,
  { mentions, current }: { mentions: Mention[]; current: Mention[] },
  m: Mention,
  { overall, areas }: { overall: GradeStatement; areas: GradeStatement[] },
  check: MentionCheck,
): boolean {
  // The count that applies to a grade is the one between the grades before and after it.
  const i = mentions.indexOf(m);
  // "good or outstanding for four of …": grades joined by "or" share the count after the last of them.
  const next = mentions[i + 1];
  if (next && orJoined(sentence, mentions, i + 1) && current.includes(next)) return true;
  const before = mentions[i - 1];
  const grades = before && orJoined(sentence, mentions, i) ? [m.grade, before.grade] : [m.grade];
  const local = sentence.slice(mentions[i - 1]?.end ?? 0, mentions[i + 1]?.start ?? sentence.length);
  const count: Count | undefined =
    countNear(local) ?? (i > 0 && THE_OTHER_ONE.test(local) ? { kind: "nOfM", n: 1 } : undefined);
  if (m.negated) {
    if (overall.grade === m.grade)
      check.wrong = `says the grade is no longer ${m.grade}, but the overall grade is ${overall.grade}`;
    else {
      check.anyTrue = true;
      addSources(check, denials(ctx, m.grade));
    }
    return true;
  }
  const overallWord =
    /\boverall\b/iu.test(clauseBefore(sentence, m.start).slice(-40)) ||
    /^\W*overall\b/iu.test(sentence.slice(m.end));
  if (count && !overallWord && areas.length > 0) {
    if (countHolds(count, grades, areas, overall)) {
      check.anyTrue = true;
      addSources(
        check,
        sentencesOf(
          ctx,
          areas.filter((a) => grades.includes(a.grade)),
        ),
      );
      addSources(check, countingSentences(ctx, grades));
    } else {
      const k = areas.filter((a) => a.grade === m.grade).length;
      check.wrong = `the judgement table grades ${k} of its ${areas.length} areas ${m.grade} (overall ${overall.grade}), not as the count says`;
    }
    return true;
  }
  // Areas the sentence names in the table's own words ("graded the support for young people
  // leaving custody as good"): the claim is about them.
  const named = overallWord ? [] : areas.filter((a) => namesArea(sentence, a.area));
  if (named.length > 0) {
    if (!named.every((a) => a.grade === m.grade)) return false;
    check.anyTrue = true;
    addSources(check, sentencesOf(ctx, named));
    return true;
  }
  if (m.grade === overall.grade) check.anyTrue = true;
  else if (overallWord) check.wrong = `the letter's overall grade is ${overall.grade}, not ${m.grade}`;
  else return false; // perhaps one area's grade: the area rules decide
  return true;
}

/** Whether mention k follows mention k − 1 with only "or" between them ("good or outstanding"). */
function orJoined(sentence: string, mentions: Mention[], k: number): boolean {
  const previous = mentions[k - 1];
  const mention = mentions[k];
  return !!previous && !!mention && /^\s*or\s*$/iu.test(sentence.slice(previous.end, mention.start));
}

/** The verdict on a sentence's checked grade mentions: a wrong grade, a misquoted one, or a true report. */
function summaryOfCheck(
  ctx: LetterContext,
  current: Mention[],
  overall: GradeStatement,
  { sources, wrong, anyTrue }: MentionCheck,
): GradeSummary | undefined {
  if (wrong)
    return { kind: "unsupported", letter: sources, grades: current.map((m) => m.grade), reason: wrong };
  if (!anyTrue) return undefined;
  const quoted = current.filter((m) => m.quoted && !m.negated);
  // A grade quoted in words the letter never uses ("branded ‘improvement required’" for "requires
  // improvement to be good") is the right grade misquoted.
  const misquoted = quoted.find((m) => !gradeWordsInLetter(ctx, m.words));
  if (misquoted)
    return {
      kind: "quote-altered",
      letter: sources,
      grades: current.map((m) => m.grade),
      reason: `the grade is the letter's, but the letter never writes it "${misquoted.words}"`,
    };
  return {
    kind: quoted.length > 0 ? "quote-exact" : "paraphrase",
    letter: sources,
    grades: current.map((m) => m.grade),
    reason: `reports the judgement table's grades (overall ${overall.grade})`,
  };
}

/**
 * A press sentence's judgement with its summary grade claim taken into account: a true claim ties the
 * sentence to the table's line (added as a source of a restatement, or the judgement when the other
 * rules found no source or a discrepancy the grade explains); a false grade or count is unsupported;
 * a sentence whose only grades are earlier ones or other bodies' is not checked.
 */
export function withGradeSummary<J extends Judgement>(
  ctx: LetterContext,
  sentence: Sentence,
  judgement: J,
): J {
  const summary = judgeGradeSummary(ctx, sentence.text);
  if (!summary) return judgement;
  if (summary.kind === "not-checked") {
    if (judgement.kind === "copied" || judgement.kind.startsWith("quote")) return judgement;
    // An earlier grade the letter itself gives (its "previous inspection" column or line) stays checked.
    if (
      summary.earlier &&
      judgement.kind === "paraphrase" &&
      judgeGrades(ctx, sentence)?.kind === "paraphrase"
    )
      return judgement;
    return rekind(judgement, "not-checked", [], summary.reason);
  }
  if (summary.kind === "unsupported" || summary.kind === "quote-altered")
    return rekind(judgement, summary.kind, summary.letter, summary.reason);
  if (judgement.kind === "copied" || judgement.kind === "paraphrase") {
    const letter = [...summary.letter, ...judgement.letter.filter((s) => !summary.letter.includes(s))];
    // The grade in quotation marks is a quotation of the table, even in a sentence otherwise copied.
    return summary.kind === "quote-exact" && judgement.kind === "copied"
      ? { ...judgement, kind: "quote-exact", letter }
      : { ...judgement, letter };
  }
  return { ...rekind(judgement, summary.kind, summary.letter, summary.reason), similarity: 1 };
}

/**
 * A quotation that is only a grade ("rated as “requires improvement to be good”"), in a sentence whose
 * summary grade claim is true: the quoted words are the table's, and the table's line is their source.
 */
export function quotedGrade<J extends Judgement>(
  ctx: LetterContext,
  sentence: string,
  quote: { inner: { text: string }; speaker: string },
  judgement: J,
): J {
  if (quote.speaker === "other") return judgement;
  const grade = gradeOf(withoutClosingPunctuation(quote.inner.text));
  if (!grade) return judgement;
  const summary = judgeGradeSummary(ctx, sentence);
  if (
    !summary ||
    (summary.kind !== "paraphrase" && summary.kind !== "quote-exact") ||
    !summary.grades.includes(grade)
  )
    return judgement;
  return { ...rekind(judgement, "quote-exact", summary.letter, summary.reason), similarity: 1 };
}

/**
 * The quoted words without the punctuation that closes them ("good." → "good"): a scan from the end,
 * not an end-anchored pattern, which would retry at every mark of a long run of punctuation.
 */
function withoutClosingPunctuation(text: string): string {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (end > 0 && ".,;:!?".includes(trimmed.charAt(end - 1))) end--;
  return trimmed.slice(0, end).trim();
}
