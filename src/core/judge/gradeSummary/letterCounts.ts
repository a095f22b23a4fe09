import { containsWords } from "../../text/containsWords.js";
import type { Sentence } from "../../types.js";
import type { LetterContext } from "../context.js";
import type { Grade } from "../grades.js";
import { N_OF_M } from "./mentions.js";

/**
 * The letter's own counts of its grades: a foreword or summary that says "Of the nine areas we graded,
 * we judged four of the nine areas good" or "The trust is outstanding in two of its five domains". A
 * true count in the press restates that sentence as much as the table's rows, so it is a source too.
 */
export function countingSentences(ctx: LetterContext, grades: readonly Grade[]): Sentence[] {
  return ctx.sentences.filter(
    (s) =>
      s.role !== "furniture" &&
      N_OF_M.test(s.text) &&
      grades.some((g) => containsWords(s.text.toLowerCase(), g)),
  );
}
