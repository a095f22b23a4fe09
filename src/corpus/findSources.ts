import { prepareArticle } from "../core/corpus/evidence.js";
import { type CandidateLetter, rankSources, type SourceFinding } from "../core/corpus/rankSources.js";
import type { SourceDocument } from "../core/types.js";
import type { CorpusIndex, IndexedLetter } from "./corpusIndex.js";

export interface FindSourcesOptions {
  /** How many letters retrieval hands to the evidence stage (letters of one council share words). */
  candidates?: number;
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
 * `core/corpus` ranks them by the passages and quotations the article shares with each.
 */
export async function findSources(
  index: CorpusIndex,
  article: SourceDocument,
  opts: FindSourcesOptions = {},
): Promise<ArticleSources> {
  const hits = await index.candidates(article.text, opts.candidates ?? 10);
  const candidates: CandidateLetter[] = [];
  for (const h of hits) {
    candidates.push({
      id: h.letter.id,
      source: h.letter.source,
      text: await index.text(h.letter.id),
      retrievalScore: h.score,
    });
  }
  const finding = rankSources(prepareArticle(article.text, opts.regulatorNames), candidates, opts.keep ?? 3);
  return { ...finding, article, letters: new Map(hits.map((h) => [h.letter.id, h.letter])) };
}
