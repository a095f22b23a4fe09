import type { Judgement, Sentence } from "../types.js";
import type { LetterContext } from "./context.js";
import {
  type Grade,
  type GradeStatement,
  gradeOf,
  judgeGrades,
  OVERALL,
  PREVIOUS,
  statementsOf,
} from "./grades.js";
import { NUMBER_WORDS } from "./numbers.js";

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
 * this letter. Only letters with a judgement table stating an overall grade are read this way.
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
 * A grade as coverage writes it: the four-point scale's words, inflected ("required improvement",
 * "requiring improvement", "improvement required"), and the scale's ends named instead of the word
 * ("the highest possible rating", "the lowest grade"). Group 1: an opening quote mark; group 2: the words.
 */
const MENTION =
  /(["“”'‘’]?)\b(outstanding|good|inadequate|requir(?:es|ed|ing|e) improvement(?: to be good)?|improvement (?:required|needed)|(?:the )?(?:highest|top|lowest) (?:possible )?(?:rating|grade|ranking|judge?ment))\b/giu;

/** Words that make a grade word a grade given (before it, in its clause): "rated", "judged … as", "moved up to". */
const CUE_BEFORE =
  /\b(?:rated|rating|ratings|graded|grading|grade|judged|judgement|judgment|ranked|ranking|branded|deemed|assessed|found|verdict|uplifted|moved|gets|given|gave|awarded|received|achieved|earned|retained|kept)\b/giu;
/** …or after it: "a 'good' grading", "gets good rating", "the Outstanding judgement". */
const CUE_AFTER = /^["”’']?\s*(?:rating|ratings|grade|grades|grading|judge?ment|verdict)\b/iu;
/** A quoted grade after a copula with no other cue: the regulator "says services are 'good'". */
const QUOTED_AFTER_COPULA = /\b(?:is|are|was|were|as|now)\s*$/iu;
/** A headline's grade right after the body graded: "… children's services 'outstanding'". */
const BODY_BEFORE = /\b(?:services?|council|authority|department|trust|provision)['’]?$/iu;
/** At most this many words make a sentence a headline. */
const HEADLINE_WORDS = 12;
/** The most words between a grading verb and its grade ("judged the overall effectiveness of X's services as"). */
const MAX_GAP_WORDS = 12;

/**
 * After a grade word, words that show it is an adjective of a noun ("good progress", "inadequate
 * plans"), not a grade: any lower-case word other than these.
 */
const GRADE_FOLLOWER =
  /^\s*(?:$|[^\p{L}\s]|(?:by|for|in|at|overall|after|following|across|and|with|from|since|on|as|rating|ratings|grade|grades|grading|judge?ment|verdict|again|today|once|this|last|under|to|or|but|when|while|amid)\b|[\p{Lu}])/u;

/** Negation just before the grade: "no longer inadequate", "not rated inadequate". */
const NEGATED_BEFORE =
  /\b(?:no longer|not|never|longer)\s+(?:(?:rated|judged|graded|be|been)\s+)?(?:as\s+)?["“'‘]?$/iu;

/** Background markers before a grade: "had been rated", "previously", "a decade ago", "formerly". */
const EARLIER_BEFORE =
  /\b(?:ago|previously|formerly|had been|used to be|last inspected|at the last inspection|at its last inspection|at the previous inspection|(?:a|its|the) (?:previous|former|earlier) (?:rating|grade|grading|judge?ment))\b/giu;
/** After an earlier marker, words that bring the clause back to now ("… in 2019, have moved up to"). */
const NOW_AGAIN =
  /\b(?:now|latest|new|today|again|moved|improved|uplifted|has been|have been|most recent|remained|remains|remain)\b/iu;
/** "since 2018": a year that starts the period up to now, not an earlier grade's date. */
const SINCE_BEFORE = /\bsince\b[^.;:]{0,60}$/iu;
/** The grade a change started from: "moved from an overall grade of 'inadequate' to …". */
const FROM_BEFORE =
  /\bfrom\s+(?:(?:a|an|the|its|their)\s+)?(?:overall\s+)?(?:(?:grade|rating|judge?ment)\s+of\s+)?$/iu;
const YEAR = /\b(?:19|20)\d\d\b/g;
/** A year just after the grade: "inadequate in 2019", "inadequate in 2016 and 2018". */
const YEAR_AFTER = /^["”’']?\s*(?:by [\p{L}]+\s+)?(?:in|since|during)\s+(?:[\p{L}]+\s+)?((?:19|20)\d\d)\b/iu;

/** Aims and forecasts name a grade without reporting one. */
const ASPIRATION =
  /\b(?:aims?|hopes?|target|ambition|wants?|will be|would be|could be|next inspection|working towards|on track|if|to (?:maintain|keep|retain|achieve|gain|secure|get))\b/iu;
/** Grades of other bodies or of many: "the only city with an outstanding rating", "few councils". */
const OTHER_BODIES =
  /\b(?:only|other|others|another|few|nationally|national average|across the country|annual report)\b|\b(?:one|a|\d{1,2}) in (?:every )?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b|\d\s*(?:%|per ?cent)/iu;
/** "the other three areas", "the remaining two categories": the body's own other areas, not other bodies. */
const OWN_OTHER_AREAS =
  /\bthe (?:other|remaining) (?:\w+ (?:main |key )?(?:areas?|categories|judge?ments)|one|area|category|being)\b/giu;
/** "with the other (one) being …": after a count, the one area left. */
const THE_OTHER_ONE =
  /\bthe (?:other|remaining)(?: one| area| category)?\b(?! \w+ (?:areas|categories|judge?ments))/iu;

/** A count of areas: "in three of (the) four categories", "all but one area", "all five areas", "the other three areas". */
const COUNT_AREAS =
  "(?:main |key |inspected |inspection |judgement )?(?:areas?|categories|category|judge?ments|aspects|domains)";
const N_OF_M = new RegExp(`\\b(\\w+) (?:out )?of (?:the )?(\\w+) ${COUNT_AREAS}\\b`, "iu");
const ALL_BUT_ONE = /\ball but one\b/iu;
const ALL_N = new RegExp(
  `\\b(?:all|every|each)(?: (?:of )?(?:the )?(\\w+))? ${COUNT_AREAS}\\b|\\bacross the board\\b`,
  "iu",
);
const OTHER_N = new RegExp(`\\bthe (?:other|remaining) (\\w+) ${COUNT_AREAS}\\b`, "iu");
function numberOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  // A count of areas in words ("three of four"), read with the number words the figure rules know.
  return /^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w];
}

const tableCache = new WeakMap<
  LetterContext,
  { overall?: GradeStatement; areas: GradeStatement[]; year?: number }
>();

/** The letter's judgement table: its overall line and its area rows (current inspection only). */
function tableOf(ctx: LetterContext): { overall?: GradeStatement; areas: GradeStatement[]; year?: number } {
  const cached = tableCache.get(ctx);
  if (cached) return cached;
  const rows = statementsOf(ctx).filter((s) => s.form === "table" && !s.previous);
  const years = [...ctx.text.slice(0, 1000).matchAll(YEAR)].map((m) => Number(m[0]));
  const t = {
    overall: rows.find((s) => s.area === OVERALL),
    areas: tableAreas(rows),
    ...(years.length ? { year: Math.max(...years) } : {}),
  };
  tableCache.set(ctx, t);
  return t;
}

/**
 * The area rows of the table that holds the overall line: rows just before it (a judgement table is a
 * few lines long), one per area name — never a row-like line elsewhere in the letter.
 */
const TABLE_REACH = 1500;
function tableAreas(rows: GradeStatement[]): GradeStatement[] {
  const overall = rows.find((s) => s.area === OVERALL);
  if (!overall) return [];
  const out: GradeStatement[] = [];
  for (const r of rows) {
    if (r.area === OVERALL || r.area === PREVIOUS) continue;
    if (r.start > overall.start || overall.start - r.start > TABLE_REACH) continue;
    if (!out.some((o) => o.area === r.area)) out.push(r);
  }
  return out;
}

interface Mention {
  grade: Grade;
  start: number;
  end: number;
  quoted: boolean;
  negated: boolean;
  earlier: boolean;
  /** The grade as the sentence writes it. */
  words: string;
  /** The year an earlier grade is given for ("inadequate in 2019"). */
  year?: number;
  aside: boolean;
}

function canonical(words: string): Grade | undefined {
  const w = words.toLowerCase();
  if (/\b(?:highest|top)\b/.test(w)) return "outstanding";
  if (/\blowest\b/.test(w)) return "inadequate";
  if (/improvement/.test(w)) return "requires improvement";
  return gradeOf(w);
}

/** The clause before `at`: back to the sentence's last full stop, semicolon or colon, at most 160 characters. */
function clauseBefore(text: string, at: number): string {
  const from = Math.max(0, at - 160);
  const window = text.slice(from, at);
  const cut = Math.max(window.lastIndexOf(". "), window.lastIndexOf("; "), window.lastIndexOf(": "));
  return cut >= 0 ? window.slice(cut + 2) : window;
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The grades a sentence gives the inspected body, each placed in time. */
function mentionsOf(text: string, letterYear: number | undefined): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const grade = canonical(m[2] as string);
    if (!grade) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    const before = clauseBefore(text, start + (m[1] ? 0 : 0));
    const after = text.slice(end, end + 60);
    const quoted = (m[1] ?? "") !== "";
    const scaleEnd = /\b(?:highest|top|lowest)\b/i.test(m[2] as string);
    // The closing quote mark is read away first: it is no punctuation that ends the grade.
    if (!scaleEnd && !GRADE_FOLLOWER.test(after.replace(/^["”’']/u, ""))) continue;
    let cueAt = -1;
    for (const c of before.matchAll(CUE_BEFORE)) cueAt = c.index;
    const cued =
      scaleEnd ||
      // The grade's full name is a grade whatever precedes it: "all require improvement to be good".
      /\bto be good$/iu.test(m[2] as string) ||
      // A headline drops the verb: "Borough's youth services 'good'", "Youth service good after …".
      (wordsIn(text) <= HEADLINE_WORDS && BODY_BEFORE.test(before.replace(/["“'‘]\s*$/u, "").trimEnd())) ||
      CUE_AFTER.test(after) ||
      (cueAt >= 0 && wordsIn(before.slice(cueAt)) <= MAX_GAP_WORDS) ||
      (quoted && QUOTED_AFTER_COPULA.test(before.replace(/["“'‘]\s*$/u, "")));
    if (!cued) continue;
    let earlier = false;
    let marker = -1;
    for (const e of before.matchAll(EARLIER_BEFORE)) marker = e.index + e[0].length;
    let year: number | undefined;
    for (const y of before.matchAll(YEAR)) {
      const since = SINCE_BEFORE.test(before.slice(0, y.index));
      if (letterYear !== undefined && Number(y[0]) < letterYear && !since) {
        marker = Math.max(marker, y.index + 4);
        year = Number(y[0]);
      }
    }
    if (FROM_BEFORE.test(before.replace(/["“'‘]\s*$/u, ""))) marker = before.length;
    if (marker >= 0 && !NOW_AGAIN.test(before.slice(marker))) earlier = true;
    const yearAfter = after.match(YEAR_AFTER);
    if (yearAfter && letterYear !== undefined && Number(yearAfter[1]) < letterYear) {
      earlier = true;
      year = Number(yearAfter[1]);
    }
    out.push({
      grade,
      words: m[2] as string,
      start,
      end,
      quoted,
      negated: NEGATED_BEFORE.test(before.slice(-30)),
      earlier,
      ...(earlier && year !== undefined ? { year } : {}),
      aside: ASPIRATION.test(before) || OTHER_BODIES.test(before.replace(OWN_OTHER_AREAS, " ")),
    });
  }
  return out;
}

type Count = { kind: "all"; n?: number } | { kind: "allButOne" } | { kind: "nOfM"; n: number; m?: number };

/** A count of areas near a grade (within its sentence), if the sentence gives one. */
function countNear(text: string): Count | undefined {
  if (ALL_BUT_ONE.test(text)) return { kind: "allButOne" };
  const other = text.match(OTHER_N);
  const n1 = numberOf(other?.[1]);
  if (n1 !== undefined) return { kind: "nOfM", n: n1 };
  const nm = text.match(N_OF_M);
  const n = numberOf(nm?.[1]);
  const m = numberOf(nm?.[2]);
  if (n !== undefined && m !== undefined) return { kind: "nOfM", n, m };
  const all = text.match(ALL_N);
  if (all) {
    const k = numberOf(all[1]);
    return k !== undefined ? { kind: "all", n: k } : { kind: "all" };
  }
  return undefined;
}

/** Whether the table's areas (with or without its overall line) have `grade` as often as the count says. */
function countHolds(count: Count, grade: Grade, areas: GradeStatement[], overall: GradeStatement): boolean {
  const k = areas.filter((a) => a.grade === grade).length;
  const kAll = k + (overall.grade === grade ? 1 : 0);
  const totals = [
    { have: k, of: areas.length },
    { have: kAll, of: areas.length + 1 },
  ];
  return totals.some(({ have, of }) => {
    if (count.kind === "allButOne") return have === of - 1;
    if (count.kind === "all") return have === of && (count.n === undefined || count.n === of);
    return have === count.n && (count.m === undefined || count.m === of);
  });
}

function sentencesOf(ctx: LetterContext, statements: GradeStatement[]): Sentence[] {
  const idx = [...new Set(statements.flatMap((s) => s.sentences))].sort((a, b) => a - b);
  return idx.map((i) => ctx.sentences[i]).filter((s): s is Sentence => s !== undefined);
}

/** The letter's own sentences that deny a grade ("is no longer inadequate"). */
function denials(ctx: LetterContext, grade: Grade): Sentence[] {
  const prefix = (grade === "requires improvement" ? "requir" : grade).toLowerCase();
  return ctx.sentences.filter((s) => deniesGrade(s.text, prefix));
}

/** "no longer" followed by the grade's words: a literal pattern and a prefix test, no pattern built per grade. */
const NO_LONGER = /\bno\s+longer\s+/giu;
function deniesGrade(text: string, gradePrefix: string): boolean {
  for (const m of text.matchAll(NO_LONGER)) {
    const after = m.index + m[0].length;
    if (text.slice(after, after + gradePrefix.length).toLowerCase() === gradePrefix) return true;
  }
  return false;
}

/** Words of an area's name that carry no meaning of their own. */
const AREA_FILLER = new Set("the of and with who in on for to a an at by their its".split(" "));

/** Whether a sentence names a table area: every meaningful word of the area's name is in it. */
function namesArea(sentence: string, area: string): boolean {
  const words = area
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1 && !AREA_FILLER.has(w));
  if (words.length < 2) return false;
  const said = new Set(sentence.toLowerCase().split(/[^\p{L}]+/u));
  return words.every((w) => said.has(w));
}

/** Whether the letter writes a grade in these words anywhere (case and line breaks aside). */
function gradeWordsInLetter(ctx: LetterContext, words: string): boolean {
  const flat = ctx.text.toLowerCase().replace(/\s+/g, " ");
  return flat.includes(words.toLowerCase().replace(/\s+/g, " "));
}

/** Grade words as a letter's prose may inflect them ("judged … as requiring improvement"). */
function gradeWords(grade: Grade): RegExp {
  return new RegExp(`\\b${grade === "requires improvement" ? "requir\\w*\\s+improvement" : grade}\\b`, "iu");
}

/**
 * Letter sentences that recall the earlier grades a press sentence gives with their year ("The last
 * inspection, in May 2018, judged services to be inadequate" for "rated inadequate in 2018"): a year is
 * needed, so that a grade from long ago is never matched to the letter's account of another inspection.
 */
function earlierStated(ctx: LetterContext, mentions: Mention[]): Sentence[] {
  const dated = mentions.filter((m) => m.earlier && m.year !== undefined && !m.negated);
  if (dated.length === 0 || dated.length !== mentions.length) return [];
  const found: Sentence[] = [];
  for (const m of dated) {
    const words = gradeWords(m.grade);
    const year = new RegExp(`\\b${m.year}\\b`);
    const s = ctx.sentences.find((x) => x.text.length < 400 && year.test(x.text) && words.test(x.text));
    if (!s) return [];
    if (!found.includes(s)) found.push(s);
  }
  return found;
}

/**
 * The summary grade claims of one press sentence checked against the letter's judgement table;
 * undefined when the letter has no such table or the sentence makes no summary grade claim.
 */
export function judgeGradeSummary(ctx: LetterContext, sentence: string): GradeSummary | undefined {
  const { overall, areas, year } = tableOf(ctx);
  if (!overall) return undefined;
  const mentions = mentionsOf(sentence, year);
  if (mentions.length === 0) return undefined;
  const current = mentions.filter((m) => !m.earlier && !m.aside);
  if (current.length === 0) {
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
  const sources: Sentence[] = [];
  const add = (ss: Sentence[]) => {
    for (const s of ss) if (!sources.includes(s)) sources.push(s);
  };
  add(sentencesOf(ctx, [overall]));
  let wrong: string | undefined;
  let anyTrue = false;
  for (const m of current) {
    // The count that applies to a grade is the one between the grades before and after it.
    const i = mentions.indexOf(m);
    const local = sentence.slice(mentions[i - 1]?.end ?? 0, mentions[i + 1]?.start ?? sentence.length);
    const count: Count | undefined =
      countNear(local) ?? (i > 0 && THE_OTHER_ONE.test(local) ? { kind: "nOfM", n: 1 } : undefined);
    if (m.negated) {
      if (overall.grade === m.grade)
        wrong = `says the grade is no longer ${m.grade}, but the overall grade is ${overall.grade}`;
      else {
        anyTrue = true;
        add(denials(ctx, m.grade));
      }
      continue;
    }
    const overallWord =
      /\boverall\b/iu.test(clauseBefore(sentence, m.start).slice(-40)) ||
      /^\W*overall\b/iu.test(sentence.slice(m.end));
    if (count && !overallWord && areas.length > 0) {
      if (countHolds(count, m.grade, areas, overall)) {
        anyTrue = true;
        add(
          sentencesOf(
            ctx,
            areas.filter((a) => a.grade === m.grade),
          ),
        );
      } else {
        const k = areas.filter((a) => a.grade === m.grade).length;
        wrong = `the judgement table grades ${k} of its ${areas.length} areas ${m.grade} (overall ${overall.grade}), not as the count says`;
      }
      continue;
    }
    // Areas the sentence names in the table's own words ("graded the support for young people
    // leaving custody as good"): the claim is about them.
    const named = overallWord ? [] : areas.filter((a) => namesArea(sentence, a.area));
    if (named.length > 0) {
      if (!named.every((a) => a.grade === m.grade)) return undefined;
      anyTrue = true;
      add(sentencesOf(ctx, named));
      continue;
    }
    if (m.grade === overall.grade) anyTrue = true;
    else if (overallWord) wrong = `the letter's overall grade is ${overall.grade}, not ${m.grade}`;
    else return undefined; // perhaps one area's grade: the area rules decide
  }
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
    return {
      ...judgement,
      kind: "not-checked",
      flags: [],
      letter: [],
      diff: undefined,
      reason: summary.reason,
    };
  }
  if (summary.kind === "unsupported" || summary.kind === "quote-altered")
    return {
      ...judgement,
      kind: summary.kind,
      flags: [],
      letter: summary.letter,
      diff: undefined,
      reason: summary.reason,
    };
  if (judgement.kind === "copied" || judgement.kind === "paraphrase") {
    const letter = [...summary.letter, ...judgement.letter.filter((s) => !summary.letter.includes(s))];
    // The grade in quotation marks is a quotation of the table, even in a sentence otherwise copied.
    return summary.kind === "quote-exact" && judgement.kind === "copied"
      ? { ...judgement, kind: "quote-exact", letter }
      : { ...judgement, letter };
  }
  return {
    ...judgement,
    kind: summary.kind,
    flags: [],
    letter: summary.letter,
    diff: undefined,
    similarity: 1,
    reason: summary.reason,
  };
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
  return {
    ...judgement,
    kind: "quote-exact",
    flags: [],
    letter: summary.letter,
    diff: undefined,
    similarity: 1,
    reason: summary.reason,
  };
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
