import { tokenSenses } from "../text/synonyms.js";
import { isContentToken, type Token } from "../text/tokens.js";
import type { LetterIndex } from "./letterIndex.js";

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
 * Words that state or hedge an amount: figures ("38", "three" — number words stem to digits), fractions
 * ("half", "a fifth", "the majority"), approximators ("nearly", "around") and quantifiers ("some",
 * "most"). A restatement often changes how a figure is put ("nearly half" for "38%"); whether the
 * changed figure or hedge still fits is for the number and overstatement rules to judge, once the
 * sentence is aligned. So when the sources state an amount of their own, a press amount word they do
 * not share is left out of the measure instead of counting against it. When they state none, the
 * press figure is a claim the letter lacks and counts as usual.
 */
const AMOUNT_WORDS: ReadonlySet<string> = new Set(
  (
    "half halves third thirds quarter quarters fifth fifths sixth sixths tenth tenths majority minority " +
    "nearly almost around about roughly approximately approx"
  ).split(" "),
);

export function isAmountToken(t: Token): boolean {
  return AMOUNT_WORDS.has(t.norm);
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
  const out = [...matched];
  const gap = (a: number, b: number) => toks.slice(a + 1, b).filter((t) => isContentToken(t)).length;
  const stray = (i: number) => index.idf((toks[i] as Token).stem) <= COMMON_IDF;
  while (out.length > 1) {
    const [a, b] = [out[0] as number, out[1] as number];
    if (gap(a, b) >= STRAY_GAP && stray(a)) out.shift();
    else break;
  }
  while (out.length > 1) {
    const [a, b] = [out[out.length - 2] as number, out[out.length - 1] as number];
    if (gap(a, b) >= STRAY_GAP && stray(b)) out.pop();
    else break;
  }
  return out;
}

/**
 * What a letter sentence offers a press word, computed once per sentence (coverage runs many times on
 * each): the senses of its tokens, every key a press word can match (stems and senses), and whether it
 * states an amount of its own (see AMOUNT_WORDS).
 */
interface SourceWords {
  senses: string[][];
  keys: Set<string>;
  statesAmount: boolean;
}
const sourceWordsCache = new WeakMap<Token[], SourceWords>();
function sourceWordsOf(toks: Token[]): SourceWords {
  let words = sourceWordsCache.get(toks);
  if (!words) {
    const senses = tokenSenses(toks);
    const keys = new Set<string>();
    let statesAmount = false;
    toks.forEach((t, i) => {
      keys.add(t.stem);
      for (const sense of senses[i] ?? []) keys.add(sense);
      if (isAmountToken(t) || /^\d/.test(t.stem)) statesAmount = true;
    });
    words = { senses, keys, statesAmount };
    sourceWordsCache.set(toks, words);
  }
  return words;
}

/** The press sentence's content words with their senses: what coverage measures. */
type PressWords = Array<{ t: Token; senses: string[] }>;

function pressWordsOf(press: Token[], ignore?: (t: Token) => boolean): PressWords {
  const pressSenses = tokenSenses(press);
  return press.flatMap((t, i) =>
    isContentToken(t) && !ignore?.(t) ? [{ t, senses: pressSenses[i] ?? [] }] : [],
  );
}

/** The weighted share of the press words found in `sources`, and the keys they were found by. */
function measure(
  index: LetterIndex,
  content: PressWords,
  sources: readonly number[],
): { weighted: number; shared: Set<string> } {
  // A press word is found when its stem, or one of its senses (synonym group "promptly" ~
  // "timeliness", phrase "took their own lives" ~ "self-inflicted deaths"), is there.
  const offered = sources.map((s) => sourceWordsOf(index.sentenceTokens[s] ?? []));
  const has = (key: string) => offered.some((o) => o.keys.has(key));
  const sourcesStateAmount = offered.some((o) => o.statesAmount);
  let total = 0;
  let found = 0;
  const shared = new Set<string>();
  for (const { t, senses } of content) {
    const key = has(t.stem) ? t.stem : senses.find(has);
    if (key === undefined && sourcesStateAmount && isAmountToken(t)) continue;
    const w = index.idf(t.stem);
    total += w;
    if (key !== undefined) {
      found += w;
      shared.add(key);
    }
  }
  return { weighted: total === 0 ? 0 : found / total, shared };
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
 * are prepared once (a sentence quoting many terms is weighed against many letter sentences, and
 * preparing the words each time made that quadratic in the sentence's length).
 */
export function coverageFor(
  index: LetterIndex,
  press: Token[],
  ignore?: (t: Token) => boolean,
): (sources: readonly number[]) => Coverage {
  const content = pressWordsOf(press, ignore);
  return (sources) => {
    const { weighted, shared } = measure(index, content, sources);
    const matchedInSource = new Map<number, number[]>();
    for (const s of sources) {
      const toks = index.sentenceTokens[s] ?? [];
      const { senses } = sourceWordsOf(toks);
      const matched = toks.flatMap((t, i) => {
        if (!isContentToken(t)) return [];
        return shared.has(t.stem) || (senses[i] ?? []).some((x) => shared.has(x)) ? [i] : [];
      });
      matchedInSource.set(s, trimStrays(index, toks, matched));
    }
    return { weighted, shared: shared.size, matchedInSource };
  };
}

/**
 * Coverage without the matched positions, for weighing many candidate sets of sources against one
 * press sentence: its words are prepared once. Same `weighted` and `shared` as coverage().
 */
export function coverageMeasure(
  index: LetterIndex,
  press: Token[],
  ignore?: (t: Token) => boolean,
): (sources: readonly number[]) => { weighted: number; shared: number } {
  const content = pressWordsOf(press, ignore);
  return (sources) => {
    const { weighted, shared } = measure(index, content, sources);
    return { weighted, shared: shared.size };
  };
}
