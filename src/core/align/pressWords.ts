import { tokenSenses } from "../text/synonyms.js";
import { isContentToken, type Token } from "../text/tokens.js";
import type { LetterIndex } from "./letterIndex.js";
import { type LetterKeys, letterKeys, markSentence, nextMark } from "./letterKeys.js";
import { isAmountToken } from "./sourceWords.js";

/**
 * A press sentence's content words as coverage weighs them, prepared once per sentence: each word's
 * IDF weight, whether it states an amount, and the keys it can be found by — its stem, then its senses
 * (synonym group "promptly" ~ "timeliness", phrase "took their own lives" ~ "self-inflicted deaths"),
 * in that order of preference. Keys are the letter's numbers for them (letterKeys.ts), looked up once
 * per sentence: whether a letter sentence holds one, and counting the distinct keys a set of letter
 * sentences shares, are integer tests, with no set of strings.
 *
 * Alignment weighs a press sentence against a few candidate letter sentences and their unions (greedy,
 * up to three sources): each candidate's `Offer` (which key of each word it holds) is read once, and
 * the measure of a union is the best key per word over its members' offers — the work per union is the
 * press sentence's words, not its words times the letter sentences' keys.
 */
export interface PressWords {
  index: LetterIndex;
  /** The sentence's tokens and the test of the words left out, as given. */
  press: readonly Token[];
  ignore: ((t: Token) => boolean) | undefined;
  /** The letter's keys, numbered once per letter (letterKeys.ts). */
  letterKeys: LetterKeys;
  /** The content words measured (words the caller ignores left out), in sentence order. */
  words: readonly Token[];
  weights: readonly number[];
  amount: readonly boolean[];
  /**
   * Per word: the letter's number of its stem, −1 when the letter lacks it; then (senseIds) the numbers
   * of its senses in order, −1 for one the letter lacks (mostly none). Its keys in order of preference
   * are the stem (position 0), then the senses (position 1, 2, …).
   */
  stemIds: Int32Array;
  senseIds: readonly (readonly number[])[];
  /** The offers read so far (offerOf), one run of `words.length` positions each, end to end. */
  offered: Uint8Array;
  /** How much of `offered` is used. */
  offeredLength: number;
}

const NO_IDS: readonly number[] = Object.freeze([]);

/** No key of the word is held. */
export const NONE = 255;

/**
 * What letter sentence `s` offers the press words — per measured word, the position in its keys of
 * the first key the sentence holds, or NONE — at `at` in the words' `offered`; and whether the
 * sentence states an amount of its own.
 */
export interface SourceOffer {
  s: number;
  at: number;
  statesAmount: boolean;
}

/**
 * The last words prepared: one press sentence's analysis prepares the same words (the same token list,
 * the same words ignored) for its alignment, its quoted terms and its figures, one after the other.
 * Their offers accumulate in `offered`, each at its own place, so a reader never sees another's.
 */
let lastPrepared: PressWords | undefined;

export function pressWordsOf(
  index: LetterIndex,
  press: readonly Token[],
  ignore?: (t: Token) => boolean,
  senses?: readonly (readonly string[])[],
): PressWords {
  const last = lastPrepared;
  if (last !== undefined && last.index === index && last.press === press && last.ignore === ignore)
    return last;
  lastPrepared = preparePressWords(
    index,
    press,
    ignore,
    senses ?? tokenSenses(press, letterKeys(index).phrases),
  );
  return lastPrepared;
}

function preparePressWords(
  index: LetterIndex,
  press: readonly Token[],
  ignore: ((t: Token) => boolean) | undefined,
  senses: readonly (readonly string[])[],
): PressWords {
  const keys = letterKeys(index);
  const idOf = (k: string) => keys.idOf.get(k) ?? -1;
  const words: Token[] = [];
  const stems: number[] = [];
  const senseIds: (readonly number[])[] = [];
  const weights: number[] = [];
  for (let i = 0; i < press.length; i++) {
    const t = press[i] as Token;
    if (!isContentToken(t) || ignore?.(t)) continue;
    words.push(t);
    const own = senses[i];
    const stem = idOf(t.stem);
    stems.push(stem);
    senseIds.push(own === undefined || own.length === 0 ? NO_IDS : own.map(idOf));
    // The weight by the stem's number when the letter has the stem (the same figure, read once per letter).
    weights.push(stem < 0 ? index.idf(t.stem) : (keys.weights[stem] as number));
  }
  return {
    index,
    press,
    ignore,
    letterKeys: keys,
    words,
    weights,
    amount: words.map(isAmountToken),
    stemIds: Int32Array.from(stems),
    senseIds,
    // Room for the offers of the candidates and a few more; grown when a caller reads more.
    offered: new Uint8Array(Math.max(1, words.length) * 12),
    offeredLength: 0,
  };
}

/** Which key of each press word letter sentence `s` holds (the first, in order of preference). */
export function offerOf(pw: PressWords, s: number): SourceOffer {
  const keys = pw.letterKeys;
  const mark = nextMark(keys);
  markSentence(keys, s, mark);
  const { marks } = keys;
  const n = pw.words.length;
  const at = pw.offeredLength;
  if (at + n > pw.offered.length) {
    const grown = new Uint8Array(2 * (at + n));
    grown.set(pw.offered);
    pw.offered = grown;
  }
  const { offered, stemIds, senseIds } = pw;
  for (let j = 0; j < n; j++) {
    const stem = stemIds[j] as number;
    let k = NONE;
    if (stem >= 0 && marks[stem] === mark) k = 0;
    else {
      const senses = senseIds[j] as readonly number[];
      for (let q = 0; q < senses.length; q++) {
        const id = senses[q] as number;
        if (id >= 0 && marks[id] === mark) {
          k = q + 1;
          break;
        }
      }
    }
    offered[at + j] = k;
  }
  pw.offeredLength = at + n;
  return { s, at, statesAmount: keys.statesAmount[s] ?? false };
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
  return measureWith(pw, sources, found && ((id) => found.add(pw.letterKeys.keyOf[id] as string)));
}

/**
 * measureOffers, telling `onFound` the number of each distinct key found (coverage.ts marks them
 * rather than collecting their strings). Distinct keys are counted by marking them (letterKeys.ts).
 */
export function measureWith(
  pw: PressWords,
  sources: readonly SourceOffer[],
  onFound?: (id: number) => void,
): Measured {
  const statesAmount = sources.some((o) => o.statesAmount);
  const keys = pw.letterKeys;
  const mark = nextMark(keys);
  const { marks } = keys;
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
    // A key found is held by a source, so the letter numbers it.
    const id = k === 0 ? (pw.stemIds[j] as number) : ((pw.senseIds[j] as readonly number[])[k - 1] as number);
    if (marks[id] !== mark) {
      marks[id] = mark;
      shared++;
      onFound?.(id);
    }
  }
  return { weighted: total === 0 ? 0 : foundWeight / total, shared };
}
