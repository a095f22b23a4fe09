import { namedPhrases } from "../core/corpus/articleClues.js";
import { prepareArticle } from "../core/corpus/evidence.js";
import {
  rankMatches,
  type SourceFinding,
  type SourceMatch,
  scoreCandidate,
} from "../core/corpus/rankSources.js";
import type { SourceDocument } from "../core/types.js";
import type { Candidate, CorpusIndex, IndexedLetter } from "./corpusIndex.js";

const MAX_QUOTE_LOOKUPS = 5;
/** Bodies named by the article whose every report is looked at, and at most how many reports each. */
const MAX_BODIES = 3;
const MAX_PER_BODY = 10;
/** Reports fetched by the names an article gives. */
const MAX_BY_NAME = 12;

export interface FindSourcesOptions {
  /** How many letters retrieval hands to the evidence stage (letters of one council share words). */
  candidates?: number;
  /** How many letters each quotation missing from the matched letter is looked up in. */
  perQuote?: number;
  /** How many ranked letters to report. */
  keep?: number;
  regulatorNames?: readonly string[];
}

export interface ArticleSources extends SourceFinding {
  article: SourceDocument;
  /** The indexed letters named in the finding, by id. */
  letters: Map<string, IndexedLetter>;
}

/**
 * The letter(s) an article most likely quotes: the index retrieves candidates by word overlap, then
 * `core/corpus` ranks them by the passages and quotations the article shares with each. A quotation
 * the matched letter lacks is then looked up on its own words, so a letter that the article as a
 * whole does not resemble can still be named as the one it was quoted from.
 */
export async function findSources(
  index: CorpusIndex,
  article: SourceDocument,
  opts: FindSourcesOptions = {},
): Promise<ArticleSources> {
  const prepared = prepareArticle(article.text, opts.regulatorNames);
  const keep = opts.keep ?? 3;
  const letters = new Map<string, IndexedLetter>();
  const scored: SourceMatch[] = [];
  const take = async (hits: Candidate[]) => {
    for (const h of hits) {
      if (letters.has(h.letter.id)) continue;
      letters.set(h.letter.id, h.letter);
      const text = h.text ?? (await index.text(h.letter.id));
      scored.push(
        scoreCandidate(prepared, {
          id: h.letter.id,
          source: h.letter.source,
          text,
          retrievalScore: h.score,
          ...(h.letter.meta ? { meta: h.letter.meta } : {}),
        }),
      );
    }
  };
  await take(await index.candidates(article.text, opts.candidates ?? 10));
  // The reports on every body the article names, found by name (exact, indexed), as a journalist
  // would list them before choosing by date and judgement.
  await take(await index.byBody(namedPhrases(article.text), MAX_BY_NAME));
  // Every report on a body the article names, as a journalist would list them before choosing by
  // date and judgement: retrieval by words may bring only some of one council's reports.
  // A body's reports may spell it differently over the years ("Westbury", "Westbury upon Avon"): its
  // name is also looked up as words. Partly named bodies count: the article may use the short name.
  const named = new Set(
    scored
      .filter((s) => (s.clues.body === "full" || s.clues.body === "partial") && s.meta?.body)
      .sort((a, b) => (a.clues.body === b.clues.body ? 0 : a.clues.body === "full" ? -1 : 1))
      .map((s) => s.meta?.body as string),
  );
  for (const body of [...named].slice(0, MAX_BODIES)) {
    await take(await index.byBody([body], MAX_PER_BODY));
    await take(await index.candidates(body, MAX_PER_BODY));
  }
  let finding = rankMatches(scored, keep);
  // Quotations the matched letter lacks are looked up on their own; one of which half the words are in
  // the matched letter is a misquotation of it, not a quotation of another letter, and is not. At most
  // MAX_QUOTE_LOOKUPS, so an article of many invented quotations costs a bounded number of look-ups.
  const missing = (finding.match?.evidence.quotes ?? [])
    .filter((q) => q.matchedWords / q.words < 0.5)
    .slice(0, MAX_QUOTE_LOOKUPS);
  if (missing.length > 0) {
    const before = scored.length;
    for (const q of missing) await take(await index.quoted(q.press.text, opts.perQuote ?? 3));
    if (scored.length > before) finding = rankMatches(scored, keep);
  }
  return { ...finding, article, letters };
}
