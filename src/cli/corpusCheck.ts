import { z } from "zod";
import { compare } from "../core/compare.js";
import type { Comparison, SourceDocument } from "../core/types.js";
import type { CorpusIndex, IndexedLetter } from "../corpus/corpusIndex.js";
import { type ArticleSources, findSources } from "../corpus/findSources.js";
import { readInput } from "../io/readInput.js";
import { cleanLine, truncate } from "../report/format.js";
import { withIndex } from "./indexCommand.js";
import { UsageError } from "./usageError.js";

export const CorpusOptionsSchema = z.object({
  index: z.string().min(1).optional(),
  failOn: z.string().optional(),
  json: z.boolean().default(false),
  regulator: z.array(z.string().min(1)).default([]),
  offline: z.boolean().default(false),
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

/** `presscheck check --corpus PRESS...`: find each article's letter, then check it against that letter. */
export async function corpusCheckCommand(
  press: string[],
  raw: Record<string, unknown>,
  out: Out,
  warn: Out,
): Promise<number> {
  const opts = CorpusOptionsSchema.parse(raw);
  const check = await import("../report/check.js");
  const tokens = (opts.failOn ?? "").split(",").map((t) => t.trim());
  const failUnmatched = tokens.includes(UNMATCHED);
  const rest = tokens.filter((t) => t !== UNMATCHED && t !== "").join(",");
  let failOn = check.DEFAULT_FAIL_ON;
  if (rest !== "") {
    try {
      failOn = check.parseFailOn(rest);
    } catch (err) {
      throw new UsageError(`--fail-on: ${(err as Error).message}`);
    }
  } else if (opts.failOn !== undefined) failOn = new Set();
  const checks = new Map<string, ReturnType<typeof check.checkDocuments>>();
  const results = await withIndex(raw, async (index) => {
    const found = await matchArticles(index, press, opts.regulator, warn, opts.offline);
    for (const g of await corpusComparisons(index, found, opts.regulator)) {
      checks.set(g.letter.id, check.checkDocuments(g.comparison, failOn));
    }
    return found;
  });
  // Each article's own check, found by its position among the documents of its letter's comparison.
  const seen = new Map<string, number>();
  const docCheck = (r: ArticleSources) => {
    if (!r.match) return undefined;
    const i = seen.get(r.match.id) ?? 0;
    seen.set(r.match.id, i + 1);
    return checks.get(r.match.id)?.documents[i];
  };
  const rows = results.map((r) => ({ r, doc: docCheck(r), result: checks.get(r.match?.id ?? "") }));
  const unmatched = rows.filter((x) => !x.r.match).length;
  const failed = rows.filter((x) => x.doc?.failed || (failUnmatched && !x.r.match)).length;
  if (opts.json) {
    out(
      JSON.stringify(
        {
          documents: rows.map(({ r, doc, result }) => ({
            ...sourcesJson(r),
            check:
              doc && result
                ? check.toCheckJson({ documents: [doc], total: result.total, failed: doc.failed })
                    .documents[0]
                : null,
          })),
          total: { documents: rows.length, matched: rows.length - unmatched, unmatched, failed },
        },
        null,
        2,
      ),
    );
  } else {
    for (const { r, doc } of rows) {
      for (const l of formatSourceLines(r)) out(l);
      if (doc) out(`  ${check.formatCheckLine(doc)}`);
    }
    out(
      `total  ${rows.length} document${rows.length === 1 ? "" : "s"}: ${rows.length - unmatched} matched to an indexed letter, ${unmatched} unmatched; ${failed} failed`,
    );
  }
  return failed > 0 ? 1 : 0;
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
