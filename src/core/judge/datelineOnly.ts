import { datesIn, isMonthWord } from "./documentDates.js";

/**
 * A press line that only dates the piece — "14 May 2026", "Thursday 14 May 2026", "Published 17 June
 * 2026", "Posted on Monday 3rd March 2025 at 10.30am" — says when it was written, not what the report
 * found. Letters carry their own date lines ("Published: 17 June 2026", a letter's date above the
 * address), so such a line shares most of its words with the letter and would pass as copied. A line
 * is a dateline when it holds one full date and every other word is a dating word: a verb of
 * publishing, a weekday, "on"/"at"/"last", or a time of day.
 */
const DATING_WORDS = new Set([
  "posted",
  "published",
  "updated",
  "issued",
  "first",
  "last",
  "on",
  "at",
  "am",
  "pm",
  "bst",
  "gmt",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
]);

/** The words of a line once its one date is taken out ("10.30am" → "10", "30am" → dropped as a time). */
function wordsBesideDate(text: string): string[] | undefined {
  if (text.length > 80 || datesIn(text).length !== 1) return undefined;
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // The date's own words: its day (with st/nd/rd/th), month name and year.
  return words.filter((w) => !/^\d{1,4}(?:st|nd|rd|th|am|pm)?$/.test(w) && !isMonthWord(w));
}

/** Whether a press line only dates the piece. */
export function isDatelineOnly(text: string): boolean {
  const rest = wordsBesideDate(text.trim());
  return rest?.every((w) => DATING_WORDS.has(w)) === true;
}
