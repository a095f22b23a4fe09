import { PHRASES, type Phrase } from "../text/synonyms.js";
import { isContentToken } from "../text/tokens.js";
import type { LetterIndex } from "./letterIndex.js";
import { sourceWordsOf } from "./sourceWords.js";

/**
 * Every key a press word can be found by in a letter — the stems and senses of the letter's words
 * (sourceWords.ts) — numbered once per prepared letter, with each sentence's keys and each of its
 * words' keys as those numbers. Alignment then asks "does letter sentence s hold this key?" as an
 * integer test: a press sentence's keys are looked up in the letter once (a key the letter lacks has
 * no number and is never found), not once per candidate sentence as strings.
 *
 * The two stamp arrays are scratch space shared by every question about this letter (the comparison
 * of one press text asks them one at a time, never interleaved): a key is marked by writing the current
 * question's number at its place, so no set is made and none is cleared per question.
 */
export interface LetterKeys {
  /** Key (stem or sense) → its number. */
  idOf: Map<string, number>;
  /** Number → key. */
  keyOf: string[];
  /** Per letter sentence: the numbers of the keys it holds, each once. */
  sentenceKeys: Int32Array[];
  /** Per letter sentence: whether it states an amount of its own (sourceWords.ts AMOUNT_WORDS). */
  statesAmount: boolean[];
  /** Per letter sentence, per word: the number of its stem. */
  stemIds: Int32Array[];
  /** Per letter sentence, per word: the numbers of its senses (mostly none). */
  senseIds: (readonly number[])[][];
  /** Per letter sentence, per word: 1 for a content word (text/tokens.ts isContentToken). */
  content: Uint8Array[];
  /** Per key number: the letter's IDF weight of the key (a stem's; see letterIndex.ts `idf`). */
  weights: Float64Array;
  /**
   * The phrases (text/synonyms.ts PHRASES) whose sense the letter holds. A press word's phrase sense the
   * letter lacks has no number: no letter sentence offers it and retrieval finds nothing by it, so the
   * alignment looks for these phrases only (mostly none: each phrase names one subject).
   */
  phrases: readonly Phrase[];
  /** Scratch: per key number, the last question that marked it. */
  marks: Uint32Array;
  mark: number;
}

export const NO_IDS: readonly number[] = Object.freeze([]);

const letterKeysOf = new WeakMap<LetterIndex, LetterKeys>();

export function letterKeys(index: LetterIndex): LetterKeys {
  let keys = letterKeysOf.get(index);
  if (!keys) {
    keys = numberKeys(index);
    letterKeysOf.set(index, keys);
  }
  return keys;
}

function numberKeys(index: LetterIndex): LetterKeys {
  const idOf = new Map<string, number>();
  const keyOf: string[] = [];
  const number = (key: string): number => {
    let id = idOf.get(key);
    if (id === undefined) {
      id = keyOf.length;
      idOf.set(key, id);
      keyOf.push(key);
    }
    return id;
  };
  const sentenceKeys: Int32Array[] = [];
  const statesAmount: boolean[] = [];
  const stemIds: Int32Array[] = [];
  const senseIds: (readonly number[])[][] = [];
  const content: Uint8Array[] = [];
  for (const toks of index.sentenceTokens) {
    const words = sourceWordsOf(toks);
    sentenceKeys.push(Int32Array.from(words.keys, number));
    statesAmount.push(words.statesAmount);
    stemIds.push(Int32Array.from(toks, (t) => number(t.stem)));
    senseIds.push(words.senses.map((ss) => (ss.length === 0 ? NO_IDS : ss.map(number))));
    content.push(Uint8Array.from(toks, (t) => (isContentToken(t) ? 1 : 0)));
  }
  return {
    idOf,
    keyOf,
    sentenceKeys,
    statesAmount,
    stemIds,
    senseIds,
    content,
    weights: Float64Array.from(keyOf, (k) => index.idf(k)),
    phrases: PHRASES.filter((p) => idOf.has(p.sense)),
    marks: new Uint32Array(keyOf.length),
    mark: 0,
  };
}

/** A fresh question's number: keys marked by earlier questions are not marked for it. */
export function nextMark(keys: LetterKeys): number {
  if (keys.mark === 0xffffffff) {
    keys.marks.fill(0);
    keys.mark = 0;
  }
  return ++keys.mark;
}

/** Marks the keys letter sentence `s` holds for question `mark`. */
export function markSentence(keys: LetterKeys, s: number, mark: number): void {
  const ids = keys.sentenceKeys[s];
  if (ids === undefined) return;
  const { marks } = keys;
  for (let i = 0; i < ids.length; i++) marks[ids[i] as number] = mark;
}
