import { isContentToken, type Token, tokenize } from "../text/tokens.js";
import type { Sentence } from "../types.js";

/** A letter prepared for retrieval: tokens of every sentence, document frequencies, an inverted index. */
export interface LetterIndex {
  text: string;
  sentences: Sentence[];
  /** Tokens of each sentence (all words, in order). */
  sentenceTokens: Token[][];
  /** Every token of the whole letter, in order (quotes are searched across sentence ends). */
  tokens: Token[];
  /** Positions in `tokens` of each normalised word. */
  positionsOfWord: Map<string, number[]>;
  /** Content stem → indexes of the sentences holding it. */
  postings: Map<string, number[]>;
  /** Inverse document frequency of a stem over the letter's sentences. */
  idf(stem: string): number;
}

export function buildLetterIndex(text: string, sentences: Sentence[]): LetterIndex {
  // Read from the sentence's own text, where page furniture a page break put inside it (a running
  // footer) is blanked out at the same length, so its words never match a press sentence.
  const sentenceTokens = sentences.map((s) =>
    s.text.length === s.end - s.start
      ? tokenize(s.text).map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start }))
      : tokenize(text, s.start, s.end),
  );
  const tokens = tokenize(text);
  const positionsOfWord = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const list = positionsOfWord.get(t.norm);
    if (list) list.push(i);
    else positionsOfWord.set(t.norm, [i]);
  });
  const postings = new Map<string, number[]>();
  sentenceTokens.forEach((toks, i) => {
    for (const stem of new Set(toks.filter(isContentToken).map((t) => t.stem))) {
      const list = postings.get(stem);
      if (list) list.push(i);
      else postings.set(stem, [i]);
    }
  });
  const n = Math.max(1, sentences.length);
  // A word the letter never uses weighs as much as the rarest letter word, plus one: an unmatched
  // press word the letter lacks is strong evidence that the press says something else.
  const unseen = Math.log(1 + n) + 1;
  // Computed once per letter stem: alignment asks for the same stems' weights many times per sentence.
  const weights = new Map<string, number>();
  for (const [stem, list] of postings) weights.set(stem, Math.log(1 + n / list.length));
  const idf = (stem: string) => weights.get(stem) ?? unseen;
  return { text, sentences, sentenceTokens, tokens, positionsOfWord, postings, idf };
}
