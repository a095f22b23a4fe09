import type { Sentence } from "../../types.js";
import type { LetterContext } from "../context.js";
import type { Grade, GradeStatement } from "../grades.js";
import type { Mention } from "./mentions.js";

export function sentencesOf(ctx: LetterContext, statements: GradeStatement[]): Sentence[] {
  const idx = [...new Set(statements.flatMap((s) => s.sentences))].sort((a, b) => a - b);
  return idx.map((i) => ctx.sentences[i]).filter((s): s is Sentence => s !== undefined);
}

/** The letter's own sentences that deny a grade ("is no longer inadequate"). */
export function denials(ctx: LetterContext, grade: Grade): Sentence[] {
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
export function namesArea(sentence: string, area: string): boolean {
  const words = area
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1 && !AREA_FILLER.has(w));
  if (words.length < 2) return false;
  const said = new Set(sentence.toLowerCase().split(/[^\p{L}]+/u));
  return words.every((w) => said.has(w));
}

/** Whether the letter writes a grade in these words anywhere (case and line breaks aside). */
export function gradeWordsInLetter(ctx: LetterContext, words: string): boolean {
  let flat = flatLetters.get(ctx);
  if (flat === undefined) {
    flat = ctx.text.toLowerCase().replace(/\s+/g, " ");
    flatLetters.set(ctx, flat);
  }
  return flat.includes(words.toLowerCase().replace(/\s+/g, " "));
}
/** Each letter's text lower-cased with its white space runs as one space, made once per letter. */
const flatLetters = new WeakMap<LetterContext, string>();

/** Grade words as a letter's prose may inflect them ("judged … as requiring improvement"). */
function gradeWords(grade: Grade): RegExp {
  return new RegExp(`\\b${grade === "requires improvement" ? "requir\\w*\\s+improvement" : grade}\\b`, "iu");
}

/**
 * Letter sentences that recall the earlier grades a press sentence gives with their year ("The last
 * inspection, in June 2015, found services to be inadequate" for "rated inadequate in 2015"): a year is
 * needed, so that a grade from long ago is never matched to the letter's account of another inspection.
 */
export function earlierStated(ctx: LetterContext, mentions: Mention[]): Sentence[] {
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
