import { type Evidence, PASSAGE_WORDS } from "./evidence.js";

export const CONFIDENCE_LEVELS = ["high", "medium", "low", "none"] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/**
 * How much shared wording makes a letter the likely source. Each shared passage contributes the
 * words it runs beyond the shortest passage (a 6-word run: 1, a 20-word run: 15), so many short
 * coincidences of house style weigh little and one copied sentence weighs a lot. At this many
 * such words the support reaches 1 − 1/e ≈ 0.63.
 */
const SUPPORT_SCALE = 10;

/**
 * Quotations vote too. The support is scaled by the share of the article's evidence words — words in
 * shared passages plus words inside its quotations — that this letter accounts for: quoted words
 * missing from the letter count against it. An article whose many quotations are nowhere in the
 * letter reports another document, however many phrases of house style it shares; an article that
 * copies several sentences of one letter and quotes a line of another still belongs to the first
 * (and its quotation is reported as from the other).
 */

/** Confidence at or above which an article is taken to quote the letter and is compared with it. */
export const MATCH_CONFIDENCE = 0.4;
export const HIGH_CONFIDENCE = 0.7;
const LOW_CONFIDENCE = 0.15;

/** 0..1: how likely `evidence`'s letter is the document the article reports on. */
export function confidenceOf(evidence: Evidence): number {
  const excess = evidence.passages.reduce((n, p) => n + (p.words - PASSAGE_WORDS + 1), 0);
  const support = 1 - Math.exp(-excess / SUPPORT_SCALE);
  const quoted = evidence.quotes.reduce((n, q) => n + q.words, 0);
  if (quoted === 0) return support;
  const found = evidence.quotes.reduce((n, q) => n + q.matchedWords, 0);
  return (support * (evidence.sharedWords + found)) / (evidence.sharedWords + quoted);
}

export function levelOf(confidence: number): ConfidenceLevel {
  if (confidence >= HIGH_CONFIDENCE) return "high";
  if (confidence >= MATCH_CONFIDENCE) return "medium";
  if (confidence >= LOW_CONFIDENCE) return "low";
  return "none";
}
