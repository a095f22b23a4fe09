import { z } from "zod";
import { compare } from "../core/compare.js";
import type { Comparison, SourceDocument } from "../core/types.js";
import { collectLetterInputs } from "../corpus/collectLetters.js";
import type { CorpusIndex, IndexedLetter } from "../corpus/corpusIndex.js";
import { type ArticleSources, findSources } from "../corpus/findSources.js";
import { readInput } from "../io/readInput.js";
import { cleanLine, truncate } from "../report/format.js";
import { jsonWithoutBidi } from "../report/sanitize.js";
import { withIndex } from "./indexCommand.js";
import { UsageError } from "./usageError.js";

export const CorpusOptionsSchema = z.object({
  index: z.string().min(1).optional(),
  failOn: z.string().optional(),
  json: z.boolean().default(false),
  regulator: z.array(z.string().min(1)).default([]),
  offline: z.boolean().default(false),
  /** A file naming the articles to check, one a line (`-`: standard input). */
  list: z.string().min(1).optional(),
  /** Worker threads (0: check in this thread); default one per core, at most four. */
  jobs: z.coerce.number().int().min(0).max(64).optional(),
});

/** `--fail-on` token of corpus mode: fail when an article matches no indexed letter. */
export const UNMATCHED = "unmatched";

type Out = (line: string) => void;

/** Reads the press documents and finds each one's letter in the index. */
export async function matchArticles(
  index: CorpusIndex,
  pressPaths: string[],
  regulatorNames: readonly string[],
  warn: Out,
  offline = false,
): Promise<ArticleSources[]> {
  // The CLI passes its optional LETTER argument on as the first press document: it may be absent.
  pressPaths = pressPaths.filter((p) => typeof p === "string" && p !== "");
  if (pressPaths.length === 0) throw new UsageError("--corpus needs at least one press document");
  if (pressPaths.filter((p) => p === "-").length > 1) {
    throw new UsageError("standard input (-) can be read only once");
  }
  if ((await index.count()) === 0) {
    throw new UsageError(
      `the index ${index.location} holds no letters: add some with \`presscheck index add LETTERS...\``,
    );
  }
  const results: ArticleSources[] = [];
  for (const p of pressPaths) {
    const { doc, warnings } = await readInput(p, { offline });
    for (const w of warnings) warn(w);
    results.push(await findSources(index, doc, { regulatorNames }));
  }
  return results;
}

/** One comparison per matched letter, with every article that reports on it (unmatched ones left out). */
export async function corpusComparisons(
  index: CorpusIndex,
  results: ArticleSources[],
  regulatorNames: readonly string[],
): Promise<Array<{ letter: IndexedLetter; comparison: Comparison }>> {
  const groups = new Map<string, { letter: IndexedLetter; press: SourceDocument[] }>();
  for (const r of results) {
    const letter = r.match && r.letters.get(r.match.id);
    if (!letter) continue;
    const group = groups.get(letter.id) ?? { letter, press: [] };
    group.press.push(r.article);
    groups.set(letter.id, group);
  }
  const out: Array<{ letter: IndexedLetter; comparison: Comparison }> = [];
  for (const g of groups.values()) {
    const letterDoc: SourceDocument = {
      source: g.letter.source,
      format: g.letter.format,
      text: await index.text(g.letter.id),
    };
    out.push({ letter: g.letter, comparison: compare(letterDoc, g.press, { regulatorNames }) });
  }
  return out;
}

const quoteText = (text: string) => `"${truncate(cleanLine(text), 60)}"`;

function evidenceText(m: NonNullable<ArticleSources["match"]>): string {
  const e = m.evidence;
  const parts = [
    `${e.passages.length} shared passage${e.passages.length === 1 ? "" : "s"} (${e.sharedWords} words)`,
  ];
  if (e.quotes.length > 0) parts.push(`${e.quotesFound} of ${e.quotes.length} quotations found`);
  const clues = clueText(m);
  return clues ? `${parts.join(", ")}; ${clues}` : parts.join(", ");
}

/** The clues that speak for or against a letter: "names Westbury, date fits, judgement differs". */
function clueText(m: NonNullable<ArticleSources["match"]>): string {
  const c = m.clues;
  const parts: string[] = [];
  if (c.body === "full" || c.body === "partial")
    parts.push(`names ${c.body === "partial" ? "part of " : ""}${cleanLine(m.meta?.body ?? "")}`);
  if (c.body === "absent") parts.push(`never names ${cleanLine(m.meta?.body ?? "")}`);
  const said = { date: "date", month: "visit month", grade: "judgement", kind: "kind of document" } as const;
  for (const key of ["date", "month", "grade", "kind"] as const) {
    const v = c[key];
    if (v === "unknown") continue;
    parts.push(`${said[key]} ${v === "later" ? "after the article" : v === "older" ? "too old" : v}`);
  }
  return parts.join(", ");
}

/**
 * The corpus lines of one article: its letter with confidence and evidence (or that none matches),
 * the runners-up, and quotations that are in another indexed letter. Sanitised for a terminal.
 */
export function formatSourceLines(r: ArticleSources): string[] {
  const source = cleanLine(r.article.source);
  const name = (id: string) => cleanLine(r.letters.get(id)?.source ?? id);
  const lines: string[] = [];
  const best = r.ranked[0];
  if (r.match) {
    const m = r.match;
    lines.push(
      `${source}  letter: ${name(m.id)}  confidence ${m.confidence.toFixed(2)} (${m.level}): ${evidenceText(m)}`,
    );
    const strongest = [...m.evidence.passages].sort((a, b) => b.words - a.words)[0];
    if (strongest)
      lines.push(
        `  evidence: ${quoteText(strongest.press.text)} = letter [${strongest.letter.start}, ${strongest.letter.end})`,
      );
  } else {
    lines.push(
      best
        ? `${source}  no indexed letter matches (closest: ${name(best.id)}, confidence ${best.confidence.toFixed(2)} (${best.level}): ${evidenceText(best)}): ${cleanLine(r.why ?? "")}; not compared`
        : `${source}  no indexed letter matches (no letter shares its words); not compared`,
    );
  }
  for (const other of r.ranked.slice(1)) {
    if (other.confidence > 0)
      lines.push(`  also: ${name(other.id)}  confidence ${other.confidence.toFixed(2)} (${other.level})`);
  }
  for (const q of r.quotesElsewhere) {
    lines.push(
      `  quoted from another letter: ${quoteText(q.press.text)} is in ${name(q.id)} [${q.letter.start}, ${q.letter.end}), not in the matched letter`,
    );
  }
  return lines;
}

/** The JSON form of one article's sources (offsets into the article and the letters, no letter texts). */
export function sourcesJson(r: ArticleSources) {
  const match = (m: ArticleSources["ranked"][number]) => ({
    id: m.id,
    source: r.letters.get(m.id)?.source ?? m.id,
    confidence: Number(m.confidence.toFixed(4)),
    level: m.level,
    evidenceConfidence: Number(m.evidenceConfidence.toFixed(4)),
    clues: m.clues,
    ...(m.meta ? { meta: m.meta } : {}),
    passages: m.evidence.passages,
    quotations: m.evidence.quotes,
  });
  return {
    source: r.article.source,
    match: r.match ? match(r.match) : null,
    ...(r.why ? { why: r.why } : {}),
    ranked: r.ranked.map(match),
    quotesElsewhere: r.quotesElsewhere.map((q) => ({
      ...q,
      source: r.letters.get(q.id)?.source ?? q.source,
    })),
  };
}

/**
 * `presscheck check --corpus PRESS...`: articles (files, folders of them, URLs, `--list FILE`), each
 * matched to its letter in the index and checked against it, in worker threads, streaming one block
 * of lines (or one JSON line) per article in the order given, then the totals. Exit code 1 when an
 * article fails the check (or, with `--fail-on unmatched`, matches no letter), else 2 when an article
 * could not be read, else 0.
 */
export async function corpusCheckCommand(
  press: string[],
  raw: Record<string, unknown>,
  out: Out,
  _warn: Out,
): Promise<number> {
  const opts = CorpusOptionsSchema.parse(raw);
  const { checkArticles, parseCorpusFailOn, readArticleList } = await import("./corpusBatch.js");
  parseCorpusFailOn(opts.failOn, await import("../report/check.js")); // a bad --fail-on stops here, once
  const given = press.filter((p) => typeof p === "string" && p !== "");
  const listed = opts.list ? readArticleList(opts.list) : [];
  const paths = [...collectLetterInputs(given), ...listed];
  if (paths.length === 0) throw new UsageError("--corpus needs at least one press document");
  if (paths.filter((p) => p === "-").length > 1)
    throw new UsageError("standard input (-) can be read only once");
  const settings = {
    regulator: opts.regulator,
    offline: opts.offline,
    ...(opts.index ? { index: opts.index } : {}),
    ...(opts.failOn !== undefined ? { failOn: opts.failOn } : {}),
  };
  await withIndex(raw, async (index) => {
    if ((await index.count()) === 0)
      throw new UsageError(
        `the index ${index.location} holds no letters: add some with \`presscheck index add LETTERS...\``,
      );
  });
  // Standard input belongs to this thread: a batch that reads it runs here.
  const jobs = paths.includes("-") ? 0 : opts.jobs;
  const totals = await checkArticles(
    paths,
    settings,
    { json: opts.json, ...(jobs !== undefined ? { jobs } : {}) },
    out,
  );
  if (opts.json) out(jsonWithoutBidi(JSON.stringify({ total: totals })));
  else
    out(
      `total  ${totals.documents} document${totals.documents === 1 ? "" : "s"}: ${totals.matched} matched to an indexed letter, ${totals.unmatched} unmatched; ${totals.failed} failed${totals.errors ? `; ${totals.errors} could not be read` : ""}`,
    );
  return totals.failed > 0 ? 1 : totals.errors > 0 ? 2 : 0;
}

/**
 * For `review --corpus` and `report --corpus`: each article's source lines go to `note` (stderr: the
 * review takes the screen, the report stdout), and one comparison per matched letter comes back. When
 * no article matches an indexed letter there is nothing to do: a usage error saying so.
 */
export async function corpusGroups(
  press: string[],
  raw: Record<string, unknown>,
  note: Out,
  purpose: "review" | "report",
): Promise<Array<{ letter: IndexedLetter; comparison: Comparison }>> {
  const opts = CorpusOptionsSchema.parse(raw);
  const groups = await withIndex(raw, async (index) => {
    const results = await matchArticles(index, press, opts.regulator, note, opts.offline);
    for (const r of results) for (const l of formatSourceLines(r)) note(l);
    return corpusComparisons(index, results, opts.regulator);
  });
  if (groups.length === 0)
    throw new UsageError(`no press document matches an indexed letter: nothing to ${purpose}`);
  return groups;
}

/** `review --corpus`: the comparisons to review one after another (see corpusGroups). */
export async function corpusReviewComparisons(
  press: string[],
  raw: Record<string, unknown>,
  note: Out,
): Promise<Comparison[]> {
  return (await corpusGroups(press, raw, note, "review")).map((g) => g.comparison);
}
