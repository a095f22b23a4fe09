import { z } from "zod";
import { isFindingSentence } from "../core/judge/polarity.js";
import { segmentSentences } from "../core/segment/sentences.js";
import type { SourceDocument } from "../core/types.js";
import { collectLetterInputs } from "../corpus/collectLetters.js";
import { FileCorpusIndex } from "../corpus/fileIndex.js";
import { resolveIndexDir } from "../corpus/location.js";
import { readInput } from "../io/readInput.js";
import { cleanLine } from "../report/format.js";

export const IndexOptionsSchema = z.object({
  index: z.string().min(1).optional(),
  json: z.boolean().default(false),
  offline: z.boolean().default(false),
  debug: z.boolean().default(false),
});

type Out = (line: string) => void;

/** The index named by `--index`, $PRESSCHECK_INDEX or the default location. */
export function openIndex(raw: Record<string, unknown>): FileCorpusIndex {
  return new FileCorpusIndex(resolveIndexDir(IndexOptionsSchema.parse(raw).index));
}

/**
 * `presscheck index add LETTERS...`: files, folders (their letter files) and URLs. An input that
 * cannot be read, or holds no sentences, is skipped with one line on stderr and the rest are added;
 * the exit code is then 2.
 */
export async function indexAdd(
  args: string[],
  raw: Record<string, unknown>,
  out: Out,
  warn: Out,
): Promise<number> {
  const index = openIndex(raw);
  const { offline } = IndexOptionsSchema.parse(raw);
  const docs: SourceDocument[] = [];
  let skipped = 0;
  for (const path of collectLetterInputs(args)) {
    try {
      const { doc, warnings } = await readInput(path, { offline });
      for (const w of warnings) warn(w);
      if (!segmentSentences(doc.text).some(isFindingSentence)) {
        warn(`skipped ${cleanLine(path)}: the letter has no sentences to compare against`);
        skipped++;
      } else docs.push(doc);
    } catch (err) {
      warn(`skipped ${cleanLine(path)}: ${(err as Error).message}`);
      skipped++;
    }
  }
  const outcomes = await index.add(docs);
  const count = (s: string) => outcomes.filter((o) => o.status === s).length;
  const total = (await index.list()).length;
  out(
    `added ${count("added")}, updated ${count("updated")}, unchanged ${count("unchanged")}${skipped ? `, skipped ${skipped}` : ""}; the index ${cleanLine(index.location)} holds ${total} letter${total === 1 ? "" : "s"}`,
  );
  return skipped > 0 ? 2 : 0;
}

/** `presscheck index list [--json]`: one line per letter (id, characters, when added, source). */
export async function indexList(raw: Record<string, unknown>, out: Out): Promise<number> {
  const opts = IndexOptionsSchema.parse(raw);
  const index = openIndex(raw);
  const letters = await index.list();
  if (opts.json) {
    out(JSON.stringify({ index: index.location, letters }, null, 2));
    return 0;
  }
  for (const l of letters) {
    out(`${l.id}  ${String(l.chars).padStart(8)} chars  ${l.addedAt.slice(0, 10)}  ${cleanLine(l.source)}`);
  }
  out(`${letters.length} letter${letters.length === 1 ? "" : "s"} in ${cleanLine(index.location)}`);
  return 0;
}

/** `presscheck index remove ID|SOURCE...`: by id (or a prefix of 4+ hex digits) or by source as added. */
export async function indexRemove(
  keys: string[],
  raw: Record<string, unknown>,
  out: Out,
  warn: Out,
): Promise<number> {
  const index = openIndex(raw);
  const removed = await index.remove(keys);
  for (const l of removed) out(`removed ${l.id}  ${cleanLine(l.source)}`);
  const unmatched = keys.filter(
    (k) => !removed.some((l) => l.source === k || (/^[0-9a-f]{4,16}$/.test(k) && l.id.startsWith(k))),
  );
  for (const k of unmatched) warn(`no indexed letter has the id or source ${cleanLine(k)}`);
  return unmatched.length > 0 ? 2 : 0;
}
