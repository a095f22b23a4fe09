import { type LetterMeta, letterMeta } from "../core/corpus/letterMeta.js";
import { InputError } from "../core/ingest/decode.js";
import { isFindingSentence } from "../core/judge/polarity.js";
import { segmentSentences } from "../core/segment/sentences.js";
import type { SourceDocument } from "../core/types.js";
import { readInput } from "../io/readInput.js";

/** A letter read for the index: its text, what it says about itself, and any warnings. */
export interface ReadLetter {
  doc: SourceDocument & { meta: LetterMeta };
  warnings: string[];
}

/**
 * Reads one letter for `index add`: identified by its content (a misnamed HTML page is read as
 * HTML), refused with a one-line reason when it holds no sentence a press text could report, and
 * with the metadata it states about itself. Runs in a worker thread for a folder of letters.
 */
export async function readLetter(path: string, offline = false): Promise<ReadLetter> {
  const { doc, warnings } = await readInput(path, { offline, byContent: true });
  if (!segmentSentences(doc.text).some(isFindingSentence)) {
    throw new InputError(
      path,
      doc.format === "html"
        ? "an HTML page with no sentences of a report to compare against"
        : "the letter has no sentences to compare against",
    );
  }
  return { doc: { ...doc, meta: letterMeta(doc.text) }, warnings };
}
