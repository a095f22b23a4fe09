import { isContentToken, type Token } from "../text/tokens.js";
import type { LetterIndex } from "./letterIndex.js";
import { letterKeys, NO_IDS } from "./letterKeys.js";
import {
  type Measured,
  measureOffers,
  measureWith,
  offerOf,
  type PressWords,
  pressWordsOf,
  type SourceOffer,
} from "./pressWords.js";

export { isAmountToken } from "./sourceWords.js";

/**
 * How much of the press words a set of letter sentences accounts for, weighted by IDF so that
 * shared common words ("children", "services") count for little and a distinctive press word the
 * letter lacks counts for a lot.
 */
export interface Coverage {
  /** 0..1 share of the press content words' IDF weight found in the sources. */
  weighted: number;
  /** Distinct content stems shared. */
  shared: number;
  /** Per source sentence, indexes (into its tokens) of the words the press shares. */
  matchedInSource: Map<number, number[]>;
}

/**
 * A common word (in at least a quarter of the letter's sentences) matched at the edge of a source
 * sentence, with at least STRAY_GAP unmatched content words between it and the other matched words,
 * is a chance match: "the prison" of the press found in "the Prisons Ombudsman" at the far end of a
 * sentence whose first clause the press restates. It still counts in the coverage measure, but not in
 * the letter words the press is said to restate (the span the judge rules read and omissions mark as
 * reported), so the unreported clause between stays unreported.
 */
const STRAY_GAP = 4;
const COMMON_IDF = Math.log(1 + 4);

function trimStrays(index: LetterIndex, toks: Token[], matched: number[]): number[] {
  // Content words strictly between token a and token b, counted up to STRAY_GAP (all the test needs).
  const gapReaches = (a: number, b: number) => {
    let n = 0;
    for (let i = a + 1; i < b && n < STRAY_GAP; i++) if (isContentToken(toks[i] as Token)) n++;
    return n >= STRAY_GAP;
  };
  const stray = (i: number) => index.idf((toks[i] as Token).stem) <= COMMON_IDF;
  let first = 0;
  let last = matched.length - 1;
  while (last > first) {
    const a = matched[first] as number;
    if (gapReaches(a, matched[first + 1] as number) && stray(a)) first++;
    else break;
  }
  while (last > first) {
    const b = matched[last] as number;
    if (gapReaches(matched[last - 1] as number, b) && stray(b)) last--;
    else break;
  }
  return first === 0 && last === matched.length - 1 ? matched : matched.slice(first, last + 1);
}

/**
 * The letter words the press shares, per source: content words found by a key the measure found
 * (stem or sense; the keys found carry `mark` in the letter's marks), chance matches at a sentence's
 * edge left out (trimStrays).
 */
function matchedIn(index: LetterIndex, sources: readonly SourceOffer[], mark: number): Map<number, number[]> {
  const keys = letterKeys(index);
  const { marks } = keys;
  const matchedInSource = new Map<number, number[]>();
  for (const { s } of sources) {
    const toks = index.sentenceTokens[s] ?? [];
    const stems = keys.stemIds[s];
    const senses = keys.senseIds[s];
    const content = keys.content[s];
    const matched: number[] = [];
    for (let i = 0; i < toks.length; i++) {
      if (content?.[i] !== 1) continue;
      if (marks[stems?.[i] as number] === mark || (senses?.[i] ?? NO_IDS).some((x) => marks[x] === mark))
        matched.push(i);
    }
    matchedInSource.set(s, trimStrays(index, toks, matched));
  }
  return matchedInSource;
}

/** The full coverage of prepared press words by `sources`: the measure and the matched letter words. */
export function coverageOfWords(pw: PressWords, sources: readonly SourceOffer[]): Coverage {
  // The measure marks each key it finds with a fresh mark (letterKeys.ts): matchedIn reads them.
  const { weighted, shared } = measureWith(pw, sources);
  return { weighted, shared, matchedInSource: matchedIn(pw.index, sources, pw.letterKeys.mark) };
}

export function coverage(
  index: LetterIndex,
  press: Token[],
  sources: number[],
  ignore?: (t: Token) => boolean,
): Coverage {
  return coverageFor(index, press, ignore)(sources);
}

/**
 * coverage() for one press sentence against many sets of sources: the press words and their senses
 * are prepared once, and each letter sentence's offer read once (a sentence quoting many terms is
 * weighed against many letter sentences, and preparing the words each time made that quadratic in the
 * sentence's length).
 */
export function coverageFor(
  index: LetterIndex,
  press: Token[],
  ignore?: (t: Token) => boolean,
): (sources: readonly number[]) => Coverage {
  const pw = pressWordsOf(index, press, ignore);
  const offers = new Map<number, SourceOffer>();
  const offer = (s: number) => {
    let o = offers.get(s);
    if (!o) {
      o = offerOf(pw, s);
      offers.set(s, o);
    }
    return o;
  };
  return (sources) => coverageOfWords(pw, sources.map(offer));
}

/**
 * Coverage without the matched positions, for weighing many candidate sets of sources against one
 * press sentence: its words are prepared once. Same `weighted` and `shared` as coverage().
 */
export function coverageMeasure(
  index: LetterIndex,
  press: Token[],
  ignore?: (t: Token) => boolean,
): (sources: readonly number[]) => Measured {
  const pw = pressWordsOf(index, press, ignore);
  return (sources) =>
    measureOffers(
      pw,
      sources.map((s) => offerOf(pw, s)),
    );
}
