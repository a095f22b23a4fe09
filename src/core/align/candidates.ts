import { tokenSenses } from "../text/synonyms.js";
import { isContentToken, type Token } from "../text/tokens.js";
import type { LetterIndex } from "./letterIndex.js";
import { letterKeys, nextMark } from "./letterKeys.js";

/**
 * Per letter index, the sentences each key number (letterKeys.ts) retrieves: for a stem, the sentences
 * holding it as a content word (the index's postings); for a sense ("~releas", "~suicide"), the
 * sentences holding a word of it. Built once per letter: a press word then finds its sentences and its
 * weight by the one number its stem has, not by three lookups of strings.
 */
const postingsOfKeys = new WeakMap<LetterIndex, (readonly number[] | undefined)[]>();

function keyPostings(index: LetterIndex): (readonly number[] | undefined)[] {
  let postings = postingsOfKeys.get(index);
  if (!postings) {
    const keys = letterKeys(index);
    const bySense = new Map<string, number[]>();
    for (const [s, toks] of index.sentenceTokens.entries()) {
      for (const sense of new Set(tokenSenses(toks).flat())) {
        const list = bySense.get(sense);
        if (list) list.push(s);
        else bySense.set(sense, [s]);
      }
    }
    // A sense is written "~…" and no stem is (a stem is made of a word's letters and digits).
    postings = keys.keyOf.map((k) => (k.startsWith("~") ? bySense.get(k) : index.postings.get(k)));
    postingsOfKeys.set(index, postings);
  }
  return postings;
}

const NO_SENSES: readonly string[] = [];

/**
 * Per letter index, the retrieval's tallies: each sentence's score, and the last press word that
 * scored it (a word gives a sentence its weight once, by stem or by sense). Allocated once per letter
 * and reset by generation, so a press sentence costs the postings it reads, not the letter's length.
 */
interface Tally {
  score: Float64Array;
  lastWord: Uint32Array;
  generation: Uint32Array;
  current: number;
  /** The sentences scored by the current question, in the order first scored (`touchedCount` of them). */
  touched: Int32Array;
}
const tallies = new WeakMap<LetterIndex, Tally>();

function tallyOf(index: LetterIndex): Tally {
  let tally = tallies.get(index);
  if (!tally) {
    const n = index.sentenceTokens.length;
    tally = {
      score: new Float64Array(n),
      lastWord: new Uint32Array(n),
      generation: new Uint32Array(n),
      current: 0,
      touched: new Int32Array(n),
    };
    tallies.set(index, tally);
  }
  return tally;
}

/** Whether sentence a (score sa) ranks before sentence b: higher score first, then letter order. */
const before = (sa: number, a: number, sb: number, b: number) => sa > sb || (sa === sb && a < b);

/**
 * Candidate retrieval: the letter sentences sharing the most IDF weight with the press words, from the
 * inverted index. Only these few go on to the costly measures, so the cost grows with the number of
 * sentences that share words with the press sentence, not with the letter's length squared. A press word
 * also retrieves the sentences holding a synonym or a phrase of its sense (coverage counts those as
 * found, so retrieval must not miss a restatement that shares few literal words with the letter);
 * each sentence gets a press word's weight once, whether by its stem or its sense. The best `limit` are
 * kept as they are scored (no sort of every sentence touched).
 */
export function retrieveCandidates(
  index: LetterIndex,
  pressTokens: readonly Token[],
  limit = 8,
  senses: readonly (readonly string[])[] = tokenSenses(pressTokens, letterKeys(index).phrases),
): number[] {
  const tally = tallyOf(index);
  tally.current++;
  const { score, lastWord, generation, current, touched } = tally;
  let touchedCount = 0;
  const postings = keyPostings(index);
  // Each press stem is read once: a stem the letter holds is marked by its number (letterKeys.ts),
  // one it lacks (which retrieves nothing by itself, but may by its senses) kept in a set.
  const keys = letterKeys(index);
  const mark = nextMark(keys);
  const { marks, idOf } = keys;
  let unseen: Set<string> | undefined;
  let word = 0;
  const add = (list: readonly number[] | undefined, weight: number) => {
    if (list === undefined) return;
    for (let k = 0; k < list.length; k++) {
      const s = list[k] as number;
      if (generation[s] !== current) {
        generation[s] = current;
        score[s] = 0;
        touched[touchedCount++] = s;
      } else if (lastWord[s] === word) continue;
      lastWord[s] = word;
      score[s] = (score[s] as number) + weight;
    }
  };
  for (let i = 0; i < pressTokens.length; i++) {
    const t = pressTokens[i] as Token;
    if (!isContentToken(t)) continue;
    const id = idOf.get(t.stem);
    let weight: number;
    if (id !== undefined) {
      if (marks[id] === mark) continue;
      marks[id] = mark;
      weight = keys.weights[id] as number;
    } else {
      unseen ??= new Set();
      if (unseen.has(t.stem)) continue;
      unseen.add(t.stem);
      weight = index.idf(t.stem);
    }
    word++;
    if (id !== undefined) add(postings[id], weight);
    for (const sense of senses[i] ?? NO_SENSES) {
      const sid = idOf.get(sense);
      if (sid !== undefined) add(postings[sid], weight);
    }
  }
  const best: number[] = [];
  for (let t = 0; t < touchedCount; t++) {
    const s = touched[t] as number;
    const sc = score[s] as number;
    let at = best.length;
    while (at > 0 && before(sc, s, score[best[at - 1] as number] as number, best[at - 1] as number)) at--;
    if (at < limit) {
      // Inserted at its rank; past `limit`, the last falls off.
      if (best.length < limit) best.push(s);
      for (let j = best.length - 1; j > at; j--) best[j] = best[j - 1] as number;
      best[at] = s;
    }
  }
  return best;
}
