import { type CompareOptions, compare, prepareLetter } from "../core/compare.js";
import { InputError } from "../core/ingest/decode.js";
import { isFindingSentence } from "../core/judge/polarity.js";
import { segmentSentences } from "../core/segment/sentences.js";
import type { Comparison, Sentence, SourceDocument } from "../core/types.js";
import { type ReadOptions, readInput } from "../io/readInput.js";
import { withRegExpCompilationFor } from "./regexpCompilation.js";
import { UsageError } from "./usageError.js";

/** The inputs of one comparison, read and checked: the letter and the press documents, in order. */
export interface ReadInputs {
  letter: SourceDocument;
  press: SourceDocument[];
}

/**
 * Reads the letter and press inputs (files, http(s) addresses unless `read.offline`, or `-` for
 * standard input); warnings go to `warn`. Every input is read (and refused, if it must be) before
 * anything is compared.
 */
export async function readInputs(
  letterPath: string,
  pressPaths: string[],
  warn: (line: string) => void,
  read: ReadOptions = {},
): Promise<ReadInputs> {
  const inputs = await readDocuments(letterPath, pressPaths, warn, read);
  refuseLetterWithoutFindings(letterPath, segmentSentences(inputs.letter.text));
  return inputs;
}

/** The inputs read as readInputs reads them, the letter not yet checked for sentences to compare against. */
async function readDocuments(
  letterPath: string,
  pressPaths: string[],
  warn: (line: string) => void,
  read: ReadOptions,
): Promise<ReadInputs> {
  if (pressPaths.filter((p) => p === "-").length + (letterPath === "-" ? 1 : 0) > 1) {
    throw new UsageError("standard input (-) can be read only once");
  }
  const letter = await readInput(letterPath, read);
  const press: Awaited<ReturnType<typeof readInput>>[] = [];
  for (const p of pressPaths) press.push(await readInput(p, read));
  for (const w of [letter, ...press].flatMap((r) => r.warnings)) warn(w);
  return { letter: letter.doc, press: press.map((p) => p.doc) };
}

/** A letter none of whose `sentences` is a finding (all headings, addresses, fragments) is refused. */
function refuseLetterWithoutFindings(letterPath: string, sentences: readonly Sentence[]): void {
  if (!sentences.some(isFindingSentence)) {
    throw new InputError(
      letterPath === "-" ? "standard input" : letterPath,
      "the letter has no sentences to compare against",
    );
  }
}

/**
 * Reads the inputs (see readInputs) and compares them. The letter is prepared first and its sentences,
 * already segmented there, are the ones checked: compare() then finds the letter prepared (core keeps
 * the last few by text), so the letter is segmented once, not once more for the check (measured: ~7 ms
 * of CPU of a full report's cold `check`, ~3 ms of a seed pair's). Its patterns compile as suits the
 * inputs' size (regexpCompilation.ts).
 */
export async function runComparison(
  letterPath: string,
  pressPaths: string[],
  opts: CompareOptions,
  warn: (line: string) => void,
  read: ReadOptions = {},
): Promise<Comparison> {
  const { letter, press } = await readDocuments(letterPath, pressPaths, warn, read);
  return withRegExpCompilationFor([letter, ...press], ([l, ...p]) => {
    const prepared = l as SourceDocument;
    refuseLetterWithoutFindings(letterPath, prepareLetter(prepared).ctx.sentences);
    return compare(prepared, p, opts);
  });
}
