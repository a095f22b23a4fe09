import { z } from "zod";
import type { LetterMeta } from "../core/corpus/letterMeta.js";
import { collectLetterInputs } from "../corpus/collectLetters.js";
import { type AddOutcome, type CorpusIndex, keyMatches } from "../corpus/corpusIndex.js";
import { openCorpusIndex } from "../corpus/openIndex.js";
import { type ReadLetter, readLetter } from "../corpus/readLetter.js";
import { cleanLine } from "../report/format.js";
import { progress } from "./progress.js";
import { runJobs, type Settled, workerCount } from "./workerPool.js";

export const IndexOptionsSchema = z.object({
  index: z.string().min(1).optional(),
  json: z.boolean().default(false),
  offline: z.boolean().default(false),
  debug: z.boolean().default(false),
  /** Worker threads for reading (0: read in this thread); default one per core, at most four. */
  jobs: z.coerce.number().int().min(0).max(64).optional(),
});

type Out = (line: string) => void;

/** The index named by `--index`, $PRESSCHECK_INDEX or the default location (a directory or a postgres:// URL). */
export function openIndex(raw: Record<string, unknown>): Promise<CorpusIndex> {
  return openCorpusIndex(IndexOptionsSchema.parse(raw).index);
}

/** Runs `fn` on the index named by the options, and closes it after (a PostgreSQL pool must end). */
export async function withIndex<T>(raw: Record<string, unknown>, fn: (index: CorpusIndex) => Promise<T>) {
  const index = await openIndex(raw);
  try {
    return await fn(index);
  } finally {
    await index.close();
  }
}

/**
 * `presscheck index add LETTERS...`: files, folders (their letter files) and URLs, read in worker
 * threads (one per core, at most four) with a progress line on stderr. An input that cannot be read,
 * or holds no sentences, is skipped with one line on stderr and the rest are added; the exit code is
 * then 2. Letters go to the index in the order given, in the batches the backend prefers.
 */
export async function indexAdd(
  args: string[],
  raw: Record<string, unknown>,
  out: Out,
  warn: Out,
): Promise<number> {
  const { offline, jobs } = IndexOptionsSchema.parse(raw);
  const paths = collectLetterInputs(args);
  return withIndex(raw, async (index) => {
    const shown = paths.length >= 10 || (paths.length >= 2 && process.stderr.isTTY === true);
    const bar = shown ? progress(paths.length, "letters read") : undefined;
    const settled: Array<Settled<ReadLetter> | undefined> = new Array(paths.length);
    const outcomes: AddOutcome[] = [];
    let flushed = 0;
    let skipped = 0;
    let batch: ReadLetter["doc"][] = [];
    // Results arrive in finishing order; they are taken in the order given, as soon as they can be.
    const flush = async (force: boolean) => {
      while (flushed < paths.length && settled[flushed]) {
        const s = settled[flushed] as Settled<ReadLetter>;
        settled[flushed] = undefined;
        const path = paths[flushed] as string;
        flushed++;
        if (s.ok) {
          for (const w of s.value.warnings) warn(w);
          batch.push(s.value.doc);
        } else {
          warn(`skipped ${cleanLine(path)}: ${s.error.replace(/^cannot read .*?: /, "")}`);
          skipped++;
        }
      }
      if (batch.length > 0 && (force || (index.batchSize !== undefined && batch.length >= index.batchSize))) {
        const taken = batch;
        batch = [];
        outcomes.push(...(await index.add(taken)));
      }
    };
    await runJobs(
      paths.map((path) => ({ path, offline })),
      { script: new URL("./letterReadWorker.js", import.meta.url), workers: workerCount(paths.length, jobs) },
      (job) => readLetter(job.path, job.offline),
      async (i, s) => {
        settled[i] = s;
        bar?.tick(cleanLine(paths[i] ?? ""));
        await flush(false);
      },
    );
    await flush(true);
    const count = (s: string) => outcomes.filter((o) => o.status === s).length;
    bar?.done(skipped ? `${skipped} skipped` : undefined);
    const total = await index.count();
    out(
      `added ${count("added")}, updated ${count("updated")}, unchanged ${count("unchanged")}${skipped ? `, skipped ${skipped}` : ""}; the index ${cleanLine(index.location)} holds ${total} letter${total === 1 ? "" : "s"}`,
    );
    return skipped > 0 ? 2 : 0;
  });
}

/** `presscheck index list [--json]`: one line per letter (id, characters, when added, source). */
export async function indexList(raw: Record<string, unknown>, out: Out): Promise<number> {
  const opts = IndexOptionsSchema.parse(raw);
  return withIndex(raw, async (index) => {
    const letters = await index.list();
    if (opts.json) {
      out(JSON.stringify({ index: index.location, letters }, null, 2));
      return 0;
    }
    for (const l of letters) {
      const about = metaLine(l.meta);
      out(
        `${l.id}  ${String(l.chars).padStart(8)} chars  ${l.addedAt.slice(0, 10)}  ${cleanLine(l.source)}${about ? `  ${cleanLine(about)}` : ""}`,
      );
    }
    out(`${letters.length} letter${letters.length === 1 ? "" : "s"} in ${cleanLine(index.location)}`);
    return 0;
  });
}

/** `presscheck index remove ID|SOURCE...`: by id (or a prefix of 4+ hex digits) or by source as added. */
export async function indexRemove(
  keys: string[],
  raw: Record<string, unknown>,
  out: Out,
  warn: Out,
): Promise<number> {
  const removed = await withIndex(raw, (index) => index.remove(keys));
  for (const l of removed) out(`removed ${l.id}  ${cleanLine(l.source)}`);
  const unmatched = keys.filter((k) => !removed.some((l) => keyMatches(k, l)));
  for (const k of unmatched) warn(`no indexed letter has the id or source ${cleanLine(k)}`);
  return unmatched.length > 0 ? 2 : 0;
}

/** What `index list` shows of a letter's metadata: "Ofsted · Example Council · full inspection · 2024-03-01 · good". */
export function metaLine(meta: LetterMeta | undefined): string {
  if (!meta) return "";
  const date = meta.visitEnd ?? meta.visitStart ?? meta.published;
  return [meta.regulator, meta.body, meta.kind, date, meta.judgement].filter(Boolean).join(" · ");
}
