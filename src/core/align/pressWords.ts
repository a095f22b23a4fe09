import { tokenSenses } from "../text/synonyms.js";
import { isContentToken, type Token } from "../text/tokens.js";
import type { LetterIndex } from "./letterIndex.js";
import { isAmountToken, sourceWordsOf } from "./sourceWords.js";

/**
 * A press sentence's content words as coverage weighs them, prepared once per sentence: each word's
 * IDF weight, whether it states an amount, and the keys it can be found by — its stem, then its senses
 * (synonym group "promptly" ~ "timeliness", phrase "took their own lives" ~ "self-inflicted deaths"),
 * in that order of preference. Keys are numbered within the sentence, so counting the distinct keys a
 * set of letter sentences shares needs no set of strings.
 *
 * Alignment weighs a press sentence against a few candidate letter sentences and their unions (greedy,
 * up to three sources): each candidate's `Offer` (which key of each word it holds) is read once, and
 * the measure of a union is the best key per word over its members' offers — the work per union is the
 * press sentence's words, not its words times the letter sentences' keys.
 */
export interface PressWords {
  index: LetterIndex;
  /** The content words measured (words the caller ignores left out), in sentence order. */
  words: readonly Token[];
  weights: readonly number[];
  amount: readonly boolean[];
  /** Per word: its keys, stem first, then its senses in order. */
  keys: readonly (readonly string[])[];
  /** Per word: the sentence-wide number of each of its keys (same order as `keys`). */
  keyIds: readonly (readonly number[])[];
  /** The offers read so far (offerOf), one run of `words.length` positions each, end to end. */
  offered: number[];
  /** Scratch for counting distinct keys: the generation that last counted each key number. */
  seen: Uint32Array;
  generation: number;
}

/** No key of the word is held. */
export const NONE = 255;

/**
 * What letter sentence `s` offers the press words — per measured word, the position in its `keys` of
 * the first key the sentence holds, or NONE — at `at` in the words' `offered`; and whether the
 * sentence states an amount of its own.
 */
export interface SourceOffer {
  s: number;
  at: number;
  statesAmount: boolean;
}

export function pressWordsOf(
  index: LetterIndex,
  press: readonly Token[],
  ignore?: (t: Token) => boolean,
  senses: readonly (readonly string[])[] = tokenSenses(press),
): PressWords {
  const words: Token[] = [];
  const keys: string[][] = [];
  press.forEach((t, i) => {
    if (!isContentToken(t) || ignore?.(t)) return;
    words.push(t);
    keys.push([t.stem, ...(senses[i] ?? [])]);
  });
  const numbers = new Map<string, number>();
  const keyIds = keys.map((ks) =>
    ks.map((k) => {
      let id = numbers.get(k);
      if (id === undefined) {
        id = numbers.size;
        numbers.set(k, id);
      }
      return id;
    }),
  );
  return {
    index,
    words,
    weights: words.map((t) => index.idf(t.stem)),
    amount: words.map(isAmountToken),
    keys,
    keyIds,
    offered: [],
    seen: new Uint32Array(numbers.size),
    generation: 0,
  };
}

/** Which key of each press word letter sentence `s` holds (the first, in order of preference). */
export function offerOf(pw: PressWords, s: number): SourceOffer {
  const source = sourceWordsOf(pw.index.sentenceTokens[s] ?? []);
  const at = pw.offered.length;
  for (const ks of pw.keys) {
    let k = 0;
    while (k < ks.length && !source.keys.has(ks[k] as string)) k++;
    pw.offered.push(k < ks.length ? k : NONE);
  }
  return { s, at, statesAmount: source.statesAmount };
}

export interface Measured {
  /** 0..1 share of the press words' IDF weight found in the sources. */
  weighted: number;
  /** Distinct keys shared. */
  shared: number;
}

/**
 * The weighted share of the press words found in the union of `sources`, and the number of distinct
 * keys they were found by. A press word is found by its stem when any source holds it, else by its
 * first sense any source holds; a press amount word found by neither is left out when a source states
 * an amount of its own (sourceWords.ts AMOUNT_WORDS). With `found`, the keys are collected too.
 */
export function measureOffers(
  pw: PressWords,
  sources: readonly SourceOffer[],
  found?: Set<string>,
): Measured {
  const statesAmount = sources.some((o) => o.statesAmount);
  pw.generation++;
  let total = 0;
  let foundWeight = 0;
  let shared = 0;
  for (let j = 0; j < pw.words.length; j++) {
    let k = NONE;
    for (const o of sources) {
      const ok = pw.offered[o.at + j] as number;
      if (ok < k) k = ok;
    }
    if (k === NONE && statesAmount && pw.amount[j]) continue;
    const w = pw.weights[j] as number;
    total += w;
    if (k === NONE) continue;
    foundWeight += w;
    const id = (pw.keyIds[j] as readonly number[])[k] as number;
    if (pw.seen[id] !== pw.generation) {
      pw.seen[id] = pw.generation;
      shared++;
      found?.add((pw.keys[j] as readonly string[])[k] as string);
    }
  }
  return { weighted: total === 0 ? 0 : foundWeight / total, shared };
}
