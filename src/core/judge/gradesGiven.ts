import { type Grade, mentionsOf } from "./grades/scale.js";

/**
 * The grades a letter gives, read from how it uses the grade words: a grade is given after a verb of
 * being or grading — "the school continues to be good", "remains good", "was judged outstanding",
 * "a rating of inadequate" — and ends its clause ("… good.", "… good if a graded inspection …").
 * Letters that give no grade use the same words for other things: "good progress against two
 * concerns", "demonstrate good skills and knowledge", "a good understanding". So a letter of an
 * ungraded kind (a revisit, a review of progress, a progress monitoring inspection) that only says
 * "good skills" has not graded anything good, and a press claim that it did is unsupported.
 */

/** The words after which a grade word is the grade of something. */
const GRADING_WORDS = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "remains",
  "remain",
  "remained",
  "judged",
  "rated",
  "graded",
  "as",
  "of",
]);
/** Adverbs that may stand between the verb and the grade ("is now good", "remains still good"). */
const BETWEEN = new Set(["now", "still", "also", "again", "overall"]);
/** Words a grade may be followed by inside its clause, where a noun would make it an adjective. */
const AFTER_GRADE = new Set([
  "if",
  "at",
  "in",
  "for",
  "and",
  "or",
  "but",
  "overall",
  "since",
  "when",
  "following",
  "with",
  "by",
  "as",
  "to",
  "because",
]);

const wordsOf = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/** Whether the grade mention at [start, end) grades something (see above). */
function gradesSomething(text: string, start: number, end: number): boolean {
  const before = wordsOf(text.slice(Math.max(0, start - 30), start));
  let last = before[before.length - 1];
  if (last !== undefined && BETWEEN.has(last)) last = before[before.length - 2];
  if (last === undefined || !GRADING_WORDS.has(last)) return false;
  const rest = text.slice(end, end + 30);
  const next = /^\s*[\p{L}]/u.test(rest) ? wordsOf(rest)[0] : undefined;
  return next === undefined || AFTER_GRADE.has(next);
}

/** The grades a text gives something (not the grade words it uses as plain adjectives). */
export function gradesGiven(text: string): Set<Grade> {
  return new Set(mentionsOf(text).flatMap((m) => (gradesSomething(text, m.start, m.end) ? [m.grade] : [])));
}
