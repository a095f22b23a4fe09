import { MONTHS, pressDate } from "../judge/documentDates.js";
import { containsWords } from "../text/containsWords.js";
import { type DocumentKind, normaliseBody, stripBodyKind } from "./letterMeta.js";

/** What an article says about the document it reports, besides the words it shares with it. */
export interface ArticleClues {
  /** The article's own date (its dateline), as a UTC day number. */
  date?: number;
  /** Months (0–11) the article gives for the inspection or visit ("inspected in March"), with the year when it says one. */
  visitMonths: Array<{ month: number; year?: number }>;
  /** Grades the article says were given ("rated 'good'", "judged inadequate"), canonical and lower case. */
  grades: Set<string>;
  /** Kinds of document the article names ("monitoring visit", "focused visit"); full inspection when it says "inspection" only. */
  kinds: Set<DocumentKind>;
  /** The article's text, lower case with single spaces, for name look-ups. */
  folded: string;
}

/** A numeric dateline: "07/07/22", "7.7.2022" (day first, as British publishers write it). */
const NUMERIC_DATE = /^(?:\w+day,?\s+)?(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/;

function numericDateline(text: string): number | undefined {
  for (const line of text.split("\n").slice(0, 12)) {
    const m = NUMERIC_DATE.exec(line.trim());
    if (!m) continue;
    const year = Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]);
    const month = Number(m[2]) - 1;
    if (month < 0 || month > 11) continue;
    return Date.UTC(year, month, Number(m[1])) / 86_400_000;
  }
  return undefined;
}

/** A sentence about the inspection itself: when it happened is what its months are. */
const ABOUT_VISIT = /\b(?:inspect\w*|visit\w*|carried out|took place|undertook)\b/i;
const MONTH_WORD = new RegExp(
  `\\b(${MONTHS.map((m) => m[0]?.toUpperCase() + m.slice(1)).join("|")})\\b(?:\\s+(\\d{4}))?`,
  "g",
);

/**
 * A grade the press says was given: after "rated", "judged", "graded", "rating of" and the like, or
 * in quotation marks right after them. Ratings of earlier inspections are caught too; they only add
 * candidates, and the letter's own judgement decides.
 */
const GRADE_SAID =
  /\b(?:rated|rating|judged|graded|grade|judgement|found to be|deemed|as|now|remains?|be)\s+(?:as\s+|to\s+be\s+|of\s+)?['‘"“]?(outstanding|good|requires? improvement|inadequate)\b/gi;

/** Words that name a kind of document in press coverage. */
const KIND_WORDS: ReadonlyArray<readonly [RegExp, DocumentKind]> = [
  [/\bmonitoring visit\b/i, "monitoring visit"],
  [/\bfocused visit\b/i, "focused visit"],
  [/\bjoint targeted area inspection\b|\bJTAI\b/, "joint targeted area inspection"],
  [/\bSEND inspection\b/i, "area SEND inspection"],
];

export function articleClues(text: string): ArticleClues {
  const date = pressDate(text) ?? numericDateline(text);
  const visitMonths: ArticleClues["visitMonths"] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    if (!ABOUT_VISIT.test(sentence)) continue;
    // A full date in the sentence gives month and year; a month alone gives the month.
    for (const m of sentence.matchAll(MONTH_WORD)) {
      const month = MONTHS.indexOf((m[1] as string).toLowerCase());
      // "May" is also a verb: only "in/during/and/to/of/between May" counts as the month.
      if (
        month === 4 &&
        !/\b(?:in|during|and|to|of|between|early|late|mid-?)\s*$/i.test(sentence.slice(0, m.index))
      )
        continue;
      const year = m[2] ? Number(m[2]) : undefined;
      visitMonths.push(year ? { month, year } : { month });
    }
  }
  const grades = new Set<string>();
  for (const m of text.matchAll(GRADE_SAID)) {
    const g = (m[1] as string).toLowerCase();
    grades.add(g.startsWith("require") ? "requires improvement" : g);
  }
  const kinds = new Set<DocumentKind>();
  for (const [re, kind] of KIND_WORDS) if (re.test(text)) kinds.add(kind);
  return { ...(date !== undefined ? { date } : {}), visitMonths, grades, kinds, folded: normaliseBody(text) };
}

/** Whether the article names a body: its whole name as words (any case), or only some of its distinctive words. */
export function namesBody(clues: ArticleClues, body: string): "full" | "partial" | "absent" {
  const name = normaliseBody(body);
  if (containsWords(clues.folded, name)) return "full";
  const distinctive = name.split(" ").filter((w) => w.length >= 4 && !GENERIC_PLACE_WORDS.has(w));
  return distinctive.some((w) => containsWords(clues.folded, w)) ? "partial" : "absent";
}

/**
 * Words that occur in many bodies' names and say nothing of which one ("North Westbury", "Westbury
 * upon Avon", "Westbury and Eastham"): a match on them alone is no match.
 */
const GENERIC_PLACE_WORDS = new Set([
  "north",
  "south",
  "east",
  "west",
  "upon",
  "city",
  "county",
  "borough",
  "council",
  "royal",
  "great",
  "greater",
  "metropolitan",
  "district",
  "london",
  "with",
]);

/** Small words that may join the capitalised words of one name ("Westbury upon Avon", "Bath and Wells"). */
const NAME_JOINERS = new Set(["upon", "and", "of", "on", "in", "under", "the", "&"]);
/** Longest name considered, in words. */
const MAX_NAME_WORDS = 6;
/** At most this many names are looked up per article. */
const MAX_NAMES = 200;

/**
 * The names an article could be giving an inspected body: every run of capitalised words (joined by
 * "upon", "and", "of"…) and each shorter run inside it, with the words saying what kind of body it is
 * dropped as in letters ("Westbury Borough Council's" → "westbury borough council", "westbury"), folded
 * as metadata is. Looked up exactly among the indexed letters' bodies, so an article reaches every
 * report on the body it names even when its wording resembles other letters more.
 */
export function namedPhrases(text: string): string[] {
  const out = new Set<string>();
  const words = [...text.matchAll(/[\p{L}\p{N}&]+(?:['’][\p{L}]+)*/gu)].map((m) => ({
    word: (m[0] as string).replace(/['’]s$/u, ""),
    start: m.index as number,
    end: (m.index as number) + (m[0] as string).length,
  }));
  const isCapital = (w: string) => /^\p{Lu}/u.test(w);
  let i = 0;
  while (i < words.length && out.size < MAX_NAMES) {
    if (!isCapital((words[i] as { word: string }).word)) {
      i++;
      continue;
    }
    // A run: capitalised words, joiners between them, no sentence punctuation in the gaps.
    let j = i + 1;
    while (j < words.length) {
      const gap = text.slice((words[j - 1] as { end: number }).end, (words[j] as { start: number }).start);
      const w = (words[j] as { word: string }).word;
      if (!/^[\s-]*$/.test(gap)) break;
      if (isCapital(w) || (NAME_JOINERS.has(w.toLowerCase()) && j + 1 < words.length)) j++;
      else break;
    }
    const run = words.slice(i, j).map((w) => w.word);
    while (run.length > 0 && NAME_JOINERS.has((run.at(-1) as string).toLowerCase())) run.pop();
    for (let a = 0; a < run.length; a++) {
      if (NAME_JOINERS.has((run[a] as string).toLowerCase())) continue;
      for (let b = a + 1; b <= Math.min(run.length, a + MAX_NAME_WORDS); b++) {
        if (NAME_JOINERS.has((run[b - 1] as string).toLowerCase())) continue;
        const phrase = run.slice(a, b).join(" ");
        out.add(normaliseBody(phrase));
        out.add(normaliseBody(stripBodyKind(phrase)));
      }
    }
    i = Math.max(j, i + 1);
  }
  out.delete("");
  return [...out].slice(0, MAX_NAMES);
}
