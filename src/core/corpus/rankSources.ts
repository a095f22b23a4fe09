import type { Span } from "../types.js";
import { type ClueFit, clueFit } from "./clueFit.js";
import {
  type ConfidenceLevel,
  confidenceOf,
  HIGH_CONFIDENCE,
  levelOf,
  MATCH_CONFIDENCE,
} from "./confidence.js";
import { type Evidence, gatherEvidence, type PreparedArticle, prepareLetter } from "./evidence.js";
import type { LetterMeta } from "./letterMeta.js";

/** A letter the index retrieved for an article, with its text and the index's own score. */
export interface CandidateLetter {
  id: string;
  source: string;
  text: string;
  retrievalScore: number;
  /** What the letter says about itself, when the index found it. */
  meta?: LetterMeta;
}

export interface SourceMatch {
  id: string;
  source: string;
  /** Shared wording and clues together: what ranks the candidates and decides the match. */
  confidence: number;
  level: ConfidenceLevel;
  /** Shared passages and quotations alone (see confidenceOf). */
  evidenceConfidence: number;
  /** What candidates are ranked by: evidence and clues added, not capped (two letters at confidence 1 still differ). */
  rank: number;
  /** How the letter's metadata agrees with what the article says about its source. */
  clues: ClueFit;
  retrievalScore: number;
  evidence: Evidence;
  meta?: LetterMeta;
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
  /** Why no letter matches, when none does: one sentence for the user. */
  why?: string;
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

/**
 * How much the clues move a letter's confidence: agreeing on body, date, visit month and judgement
 * (score ≈ 1) adds 0.6, enough for a letter the article paraphrases without quoting to be named with
 * medium confidence; an article that never names the letter's body takes 0.24 off.
 */
const CLUE_WEIGHT = 0.6;

/** The evidence, clues and confidence of one candidate letter for the article. */
export function scoreCandidate(article: PreparedArticle, c: CandidateLetter): SourceMatch {
  const evidence = gatherEvidence(article, prepareLetter(c.text));
  const evidenceConfidence = confidenceOf(evidence);
  const clues = clueFit(article.clues, c.meta);
  const rank = evidenceConfidence + CLUE_WEIGHT * clues.score;
  let confidence = Math.max(0, Math.min(1, rank));
  // High confidence needs the wording itself, and nothing in the clues against it: clues alone stay
  // below it, and so does a letter about a body the article never names, one published after the
  // article, or one whose visit month or judgement is not the one the article gives.
  const contradicted =
    clues.body === "absent" ||
    clues.date === "later" ||
    clues.month === "differs" ||
    clues.grade === "differs";
  if (evidenceConfidence < HIGH_CONFIDENCE || contradicted)
    confidence = Math.min(confidence, HIGH_CONFIDENCE - 0.01);
  return {
    id: c.id,
    source: c.source,
    confidence,
    level: levelOf(confidence),
    evidenceConfidence,
    rank,
    clues,
    retrievalScore: c.retrievalScore,
    evidence,
    ...(c.meta ? { meta: c.meta } : {}),
  };
}

/** Why the best candidate is not taken as the article's source. */
export function whyUnmatched(best: SourceMatch | undefined): string {
  if (!best) return "no indexed letter shares its telling words";
  const body = best.meta?.body;
  if (best.clues.body === "full" && (best.clues.date === "later" || best.clues.date === "older"))
    return `it names ${body}, but no indexed report on ${body} fits the article's date`;
  if (best.clues.body === "full")
    return `it names ${body}, but shares too little wording with its reports, and its dates and judgement do not single one out`;
  if (best.clues.body === "partial")
    return `it names ${body} only in part, and shares too little wording with its reports to tell which`;
  if (best.clues.body === "absent")
    return "it names none of the inspected bodies of the letters that share some of its wording, and shares too little with any";
  return "it shares too little wording with any indexed letter (few passages of six or more words, few of its quotations)";
}

/** Ranks scored candidates (best first, ties in the given order) and picks the match, if any. */
export function rankMatches(all: SourceMatch[], keep = 3): SourceFinding {
  const ranked = all
    .map((m, i) => ({ m, i }))
    .sort((a, b) => b.m.rank - a.m.rank || a.i - b.i)
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
  return {
    ranked: ranked.slice(0, keep),
    match,
    quotesElsewhere,
    ...(match ? {} : { why: whyUnmatched(best) }),
  };
}
