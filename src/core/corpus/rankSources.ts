import type { Span } from "../types.js";
import { type ConfidenceLevel, confidenceOf, levelOf, MATCH_CONFIDENCE } from "./confidence.js";
import { type Evidence, gatherEvidence, type PreparedArticle, prepareLetter } from "./evidence.js";

/** A letter the index retrieved for an article, with its text and the index's own score. */
export interface CandidateLetter {
  id: string;
  source: string;
  text: string;
  retrievalScore: number;
}

export interface SourceMatch {
  id: string;
  source: string;
  confidence: number;
  level: ConfidenceLevel;
  retrievalScore: number;
  evidence: Evidence;
}

/** A quotation the chosen letter lacks but another indexed letter holds: the press quoted that one. */
export interface QuoteElsewhere {
  press: Span;
  id: string;
  source: string;
  letter: Span;
}

export interface SourceFinding {
  /** Candidates by confidence, best first (at most `keep`). */
  ranked: SourceMatch[];
  /** The letter the article reports on, when one is confident enough; otherwise no letter matches. */
  match?: SourceMatch;
  quotesElsewhere: QuoteElsewhere[];
}

/**
 * Ranks the retrieved letters by the evidence the article draws on each (shared passages, quotations
 * found), not by the index's word-overlap score, which only decides which letters are looked at: two
 * letters about the same council share most of their vocabulary, only one holds the quoted words.
 * Ties keep the retrieval order.
 */
export function rankSources(
  article: PreparedArticle,
  candidates: CandidateLetter[],
  keep = 3,
): SourceFinding {
  return rankMatches(
    candidates.map((c) => scoreCandidate(article, c)),
    keep,
  );
}

/** The evidence and confidence of one candidate letter for the article. */
export function scoreCandidate(article: PreparedArticle, c: CandidateLetter): SourceMatch {
  const evidence = gatherEvidence(article, prepareLetter(c.text));
  const confidence = confidenceOf(evidence);
  return {
    id: c.id,
    source: c.source,
    confidence,
    level: levelOf(confidence),
    retrievalScore: c.retrievalScore,
    evidence,
  };
}

/** Ranks scored candidates (best first, ties in the given order) and picks the match, if any. */
export function rankMatches(all: SourceMatch[], keep = 3): SourceFinding {
  const ranked = all
    .map((m, i) => ({ m, i }))
    .sort((a, b) => b.m.confidence - a.m.confidence || a.i - b.i)
    .map((x) => x.m);
  const best = ranked[0];
  const match = best && best.confidence >= MATCH_CONFIDENCE ? best : undefined;
  const quotesElsewhere: QuoteElsewhere[] = [];
  if (match) {
    match.evidence.quotes.forEach((q, qi) => {
      if (q.found) return;
      for (const other of ranked) {
        const there = other.evidence.quotes[qi];
        if (other !== match && there?.found && there.letter) {
          quotesElsewhere.push({ press: q.press, id: other.id, source: other.source, letter: there.letter });
          return;
        }
      }
    });
  }
  return { ranked: ranked.slice(0, keep), match, quotesElsewhere };
}
