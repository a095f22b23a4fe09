import { isContentToken, type Token } from "../text/tokens.js";
import type { LetterIndex } from "./letterIndex.js";

/**
 * Candidate retrieval: the letter sentences sharing the most IDF weight with the press words, from the
 * inverted index. Only these few go on to the costly measures, so the cost grows with the number of
 * sentences that share words with the press sentence, not with the letter's length squared.
 */
export function retrieveCandidates(index: LetterIndex, pressTokens: Token[], limit = 8): number[] {
  const scores = new Map<number, number>();
  for (const stem of new Set(pressTokens.filter(isContentToken).map((t) => t.stem))) {
    const postings = index.postings.get(stem);
    if (!postings) continue;
    const weight = index.idf(stem);
    for (const s of postings) scores.set(s, (scores.get(s) ?? 0) + weight);
  }
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([s]) => s);
}
