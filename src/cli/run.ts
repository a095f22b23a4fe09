import { z } from "zod";
import { type CompareOptions, compare } from "../core/compare.js";
import { InputError } from "../core/ingest/decode.js";
import { isFindingSentence } from "../core/judge/polarity.js";
import { segmentSentences } from "../core/segment/sentences.js";
import type { Comparison } from "../core/types.js";
import { type ReadOptions, readInput } from "../io/readInput.js";

/** Options about how inputs are read, shared by report, check and review (validated at the CLI boundary). */
export const InputOptionsSchema = z.object({ offline: z.boolean().default(false) });

/**
 * Reads the letter and press inputs (files, http(s) addresses unless `read.offline`, or `-` for
 * standard input) and compares them; warnings go to `warn`.
 */
export async function runComparison(
  letterPath: string,
  pressPaths: string[],
  opts: CompareOptions,
  warn: (line: string) => void,
  read: ReadOptions = {},
): Promise<Comparison> {
  if (pressPaths.filter((p) => p === "-").length + (letterPath === "-" ? 1 : 0) > 1) {
    throw new UsageError("standard input (-) can be read only once");
  }
  const letter = await readInput(letterPath, read);
  const press: Awaited<ReturnType<typeof readInput>>[] = [];
  for (const p of pressPaths) press.push(await readInput(p, read));
  for (const w of [letter, ...press].flatMap((r) => r.warnings)) warn(w);
  if (!segmentSentences(letter.doc.text).some(isFindingSentence)) {
    throw new InputError(
      letterPath === "-" ? "standard input" : letterPath,
      "the letter has no sentences to compare against",
    );
  }
  return compare(
    letter.doc,
    press.map((p) => p.doc),
    opts,
  );
}

/** A mistake in how the command was called: one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
