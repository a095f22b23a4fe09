import { tokenSenses } from "../text/synonyms.js";
import { isContentToken, type Token } from "../text/tokens.js";
import type { LetterIndex } from "./letterIndex.js";

/** Per letter index, sense ("~releas", "~suicide") → indexes of the sentences holding a word of it. */
const sensePostingsOf = new WeakMap<LetterIndex, Map<string, number[]>>();

function sensePostings(index: LetterIndex): Map<string, number[]> {
  let postings = sensePostingsOf.get(index);
  if (!postings) {
    postings = new Map();
    for (const [s, toks] of index.sentenceTokens.entries()) {
      for (const sense of new Set(tokenSenses(toks).flat())) {
        const list = postings.get(sense);
        if (list) list.push(s);
        else postings.set(sense, [s]);
      }
    }
    sensePostingsOf.set(index, postings);
  }
  return postings;
}

/**
 * Candidate retrieval: the letter sentences sharing the most IDF weight with the press words, from the
 * inverted index. Only these few go on to the costly measures, so the cost grows with the number of
 * sentences that share words with the press sentence, not with the letter's length squared. A press word
 * also retrieves the sentences holding a synonym or a phrase of its sense (coverage counts those as
 * found, so retrieval must not miss a restatement that shares few literal words with the letter);
 * each sentence gets a press word's weight once, whether by its stem or its sense.
 */
export function retrieveCandidates(index: LetterIndex, pressTokens: Token[], limit = 8): number[] {
  const scores = new Map<number, number>();
  const senses = tokenSenses(pressTokens);
  const bySense = sensePostings(index);
  const seen = new Set<string>();
  pressTokens.forEach((t, i) => {
    if (!isContentToken(t) || seen.has(t.stem)) return;
    seen.add(t.stem);
    const weight = index.idf(t.stem);
    const hit = new Set(index.postings.get(t.stem) ?? []);
    for (const sense of senses[i] ?? []) for (const s of bySense.get(sense) ?? []) hit.add(s);
    for (const s of hit) scores.set(s, (scores.get(s) ?? 0) + weight);
  });
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([s]) => s);
}
