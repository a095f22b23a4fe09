import { readFileSync } from "node:fs";
import { z } from "zod";
import { comparePressDocument, type PreparedLetter, prepareLetter } from "../core/compare.js";
import type { CorpusIndex } from "../corpus/corpusIndex.js";
import { findSources } from "../corpus/findSources.js";
import { openCorpusIndex } from "../corpus/openIndex.js";
import { readInput } from "../io/readInput.js";
import { cleanLine } from "../report/format.js";
import { jsonWithoutBidi } from "../report/sanitize.js";
import { formatSourceLines, sourcesJson, UNMATCHED } from "./corpusCheck.js";
import { progress } from "./progress.js";
import { UsageError } from "./usageError.js";
import { runJobs, workerCount } from "./workerPool.js";

/** What every worker of a batch needs to check an article on its own: the index and the options. */
export const BatchSettingsSchema = z.object({
  index: z.string().optional(),
  regulator: z.array(z.string()).default([]),
  offline: z.boolean().default(false),
  failOn: z.string().optional(),
});
export type BatchSettings = z.infer<typeof BatchSettingsSchema>;

/** One article's outcome: the lines `check` prints, its JSON line, and what it counts towards. */
export interface ArticleOutcome {
  lines: string[];
  json: Record<string, unknown>;
  matched: boolean;
  failed: boolean;
  /** It could not be read or checked (the reason is in its line): the run went on without it. */
  error: boolean;
}

/** How many prepared letters a checker keeps: a day's coverage cites a few letters many times. */
const LETTER_CACHE = 8;

/**
 * Checks articles one at a time against the index: finds each one's letter, compares it with that
 * letter alone and formats the result. One per worker thread; the letters it prepared are kept (a
 * few, most recently used) since many articles of a batch cite the same letter.
 */
export class ArticleChecker {
  private index?: Promise<CorpusIndex>;
  private readonly letters = new Map<string, PreparedLetter>();

  constructor(private readonly settings: BatchSettings) {}

  private open(): Promise<CorpusIndex> {
    this.index ??= openCorpusIndex(this.settings.index);
    return this.index;
  }

  async close(): Promise<void> {
    if (this.index) await (await this.index).close();
  }

  private async letter(
    index: CorpusIndex,
    id: string,
    source: string,
    format: PreparedLetter["view"]["format"],
  ) {
    let prepared = this.letters.get(id);
    if (prepared) this.letters.delete(id);
    else prepared = prepareLetter({ source, format, text: await index.text(id) });
    this.letters.set(id, prepared);
    if (this.letters.size > LETTER_CACHE) this.letters.delete(this.letters.keys().next().value as string);
    return prepared;
  }

  async check(path: string): Promise<ArticleOutcome> {
    const check = await import("../report/check.js");
    const { failOn, failUnmatched } = parseCorpusFailOn(this.settings.failOn, check);
    try {
      const index = await this.open();
      const { doc } = await readInput(path, { offline: this.settings.offline });
      const r = await findSources(index, doc, { regulatorNames: this.settings.regulator });
      const lines = formatSourceLines(r);
      const letter = r.match && r.letters.get(r.match.id);
      let checkJson: unknown = null;
      let failed = failUnmatched && !letter;
      if (letter) {
        const prepared = await this.letter(index, letter.id, letter.source, letter.format);
        const comparison = {
          letter: prepared.view,
          documents: [comparePressDocument(prepared, doc, { regulatorNames: this.settings.regulator })],
        };
        const result = check.checkDocuments(comparison, failOn);
        const docCheck = result.documents[0];
        if (docCheck) {
          lines.push(`  ${check.formatCheckLine(docCheck)}`);
          failed = docCheck.failed;
          checkJson = check.toCheckJson(result).documents[0] ?? null;
        }
      }
      return {
        lines,
        json: { ...sourcesJson(r), check: checkJson },
        matched: !!letter,
        failed,
        error: false,
      };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return {
        lines: [`${cleanLine(path)}  error: ${cleanLine(message)}; not checked`],
        json: { source: path, error: message },
        matched: false,
        failed: false,
        error: true,
      };
    }
  }
}

/** `--fail-on` for corpus mode: the check's tokens, plus `unmatched`. */
export function parseCorpusFailOn(
  raw: string | undefined,
  check: typeof import("../report/check.js"),
): { failOn: ReadonlySet<import("../report/check.js").FailOnToken>; failUnmatched: boolean } {
  const tokens = (raw ?? "").split(",").map((t) => t.trim());
  const failUnmatched = tokens.includes(UNMATCHED);
  const rest = tokens.filter((t) => t !== UNMATCHED && t !== "").join(",");
  if (rest !== "") {
    try {
      return { failOn: check.parseFailOn(rest), failUnmatched };
    } catch (err) {
      throw new UsageError(`--fail-on: ${(err as Error).message.replace(/^--fail-on:\s*/, "")}`);
    }
  }
  return { failOn: raw !== undefined ? new Set() : check.DEFAULT_FAIL_ON, failUnmatched };
}

/** The articles named by a `--list FILE` (one path or URL a line; blank lines and # comments skipped). */
export function readArticleList(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (err) {
    throw new UsageError(`cannot read the list ${file}: ${(err as Error).message}`);
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

export interface BatchTotals {
  documents: number;
  matched: number;
  unmatched: number;
  failed: number;
  errors: number;
}

/**
 * Checks many articles in worker threads (one per core, at most four), each against its own letter
 * in the index. Each article's lines (or, with `json`, one JSON line) go out as soon as it and every
 * article before it are done, so the output is in the order given and streams; progress goes to
 * stderr. An article that cannot be read is reported on its line and the run goes on.
 */
export async function checkArticles(
  paths: readonly string[],
  settings: BatchSettings,
  opts: { json: boolean; jobs?: number },
  out: (line: string) => void,
): Promise<BatchTotals> {
  const totals: BatchTotals = { documents: paths.length, matched: 0, unmatched: 0, failed: 0, errors: 0 };
  const shown = paths.length >= 10 || (paths.length >= 2 && process.stderr.isTTY === true);
  const bar = shown ? progress(paths.length, "articles checked") : undefined;
  const done: Array<ArticleOutcome | undefined> = new Array(paths.length);
  let next = 0;
  const inline = new ArticleChecker(settings);
  const emit = (o: ArticleOutcome) => {
    if (opts.json) out(jsonWithoutBidi(JSON.stringify(o.json)));
    else for (const l of o.lines) out(l);
  };
  try {
    await runJobs(
      paths,
      {
        script: new URL("./corpusCheckWorker.js", import.meta.url),
        workers: workerCount(paths.length, opts.jobs),
        workerData: settings,
      },
      (path) => inline.check(path),
      (i, settled) => {
        const outcome: ArticleOutcome = settled.ok
          ? settled.value
          : {
              lines: [`${cleanLine(paths[i] ?? "")}  error: ${cleanLine(settled.error)}; not checked`],
              json: { source: paths[i], error: settled.error },
              matched: false,
              failed: false,
              error: true,
            };
        if (outcome.error) totals.errors++;
        else if (outcome.matched) totals.matched++;
        else totals.unmatched++;
        if (outcome.failed) totals.failed++;
        done[i] = outcome;
        bar?.tick(cleanLine(paths[i] ?? ""));
        while (next < paths.length && done[next]) {
          emit(done[next] as ArticleOutcome);
          done[next] = undefined;
          next++;
        }
      },
    );
  } finally {
    await inline.close();
  }
  bar?.done(
    `${totals.matched} matched, ${totals.unmatched} unmatched, ${totals.failed} failed${totals.errors ? `, ${totals.errors} not readable` : ""}`,
  );
  return totals;
}
