import { allMatches } from "../text/matches.js";
/**
 * Dates that place a document in time: the letter's own date (the latest date in its header — a
 * letter's date line, "Date of publication: …") and the press piece's dateline ("15 March 2023" under
 * the byline, "Posted on Monday 3rd March 2025", "Press release, 28 October 2025"). An article
 * dated before the letter was written cannot be reporting it.
 */
/** Month names in calendar order (index 0 is January). */
export const MONTHS: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** Month names and their usual abbreviations, lower-case: the one list every date reader uses. */
export const MONTH_WORDS: readonly string[] = [
  ...MONTHS,
  ..."jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
];
const MONTH_WORD_SET: ReadonlySet<string> = new Set(MONTH_WORDS);
/** Whether a lower-case word is a month's name or abbreviation ("march", "sept"). */
export function isMonthWord(word: string): boolean {
  return MONTH_WORD_SET.has(word);
}
const MONTH = `(${MONTH_WORDS.join("|")})\\.?`;
/** "15 March 2023", "15th March 2023", "March 15, 2023". */
const DATE = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))\\b`,
  "gi",
);

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, "");
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3)));
}

/** Every full date in a text, as UTC day numbers. */
export function datesIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(DATE)) {
    const [day, month, year] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
    const mi = monthIndex(month ?? "");
    if (mi < 0 || !day || !year) continue;
    out.push(Date.UTC(Number(year), mi, Number(day)) / 86_400_000);
  }
  return out;
}

/** The letter's date: the latest full date in its first lines (date line, publication date). */
export function letterDate(text: string, headerLines = 30): number | undefined {
  const dates = datesIn(text.split("\n").slice(0, headerLines).join("\n"));
  return dates.length ? Math.max(...dates) : undefined;
}

/** A line that is a dateline: a date alone, or after "Posted/Published/Updated (on)", or ending a short line. */
const DATELINE = /^(?:(?:posted|published|updated|issued)(?:\s+on)?[:\s]+)?(?:\w+day,?\s+)?\S.{0,60}$/i;

/**
 * A line that opens with a word of publishing ("Posted on …"), found where it starts: after a line
 * break, over the white space that `trim` would remove (never a line break, so each start scans one
 * line's indentation and the pattern stays linear over a text of blank lines).
 */
const POSTED_LINE = /(?:^|\n)[^\S\n]*((?:posted|published|updated|issued)\b[^\n]*)/gi;

/** The first `count` lines of a text, trimmed, without splitting the rest of it. */
function firstLines(text: string, count: number): string[] {
  const out: string[] = [];
  let from = 0;
  while (out.length < count && from <= text.length) {
    const end = text.indexOf("\n", from);
    out.push(text.slice(from, end < 0 ? text.length : end).trim());
    if (end < 0) break;
    from = end + 1;
  }
  return out;
}

/**
 * The press piece's own date: the first dateline in its first lines, or a "Posted on …" line anywhere.
 * Only the first lines are split off; the "Posted on" line is found by one scan of the text (a text of a
 * million short lines was split and trimmed whole, a string per line).
 */
export function pressDate(text: string, headerLines = 12): number | undefined {
  const isDateline = (l: string) =>
    DATELINE.test(l) &&
    l.split(/\s+/).length <= 12 &&
    datesIn(l).length === 1 &&
    !/[.!?]["”’]?$/.test(l.replace(/\d{4}\.?$/, ""));
  const head = firstLines(text, headerLines).find(isDateline);
  if (head !== undefined) return datesIn(head)[0];
  for (const m of allMatches(POSTED_LINE, text)) {
    const dates = datesIn((m[1] ?? "").trim());
    if (dates.length === 1) return dates[0];
  }
  return undefined;
}

/** Days of grace: a press release can carry the date of the letter it reports, or a day or two before. */
const GRACE_DAYS = 3;

/**
 * A reason when the press piece is dated before the letter, else undefined. The letter is its text, or
 * its date already read (letterDate: the same for every press document compared with it).
 */
export function datedBeforeLetter(
  press: string,
  letter: string | { date: number | undefined },
): string | undefined {
  const p = pressDate(press);
  const l = typeof letter === "string" ? letterDate(letter) : letter.date;
  if (p === undefined || l === undefined || p >= l - GRACE_DAYS) return undefined;
  const fmt = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  return `it is dated ${fmt(p)}, before the letter (${fmt(l)})`;
}
