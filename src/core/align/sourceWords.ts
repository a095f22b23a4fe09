import { tokenSenses } from "../text/synonyms.js";
import type { Token } from "../text/tokens.js";

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
 * What a letter sentence offers a press word, computed once per sentence of a prepared letter
 * (alignment weighs each letter sentence against many press sentences): the senses of its tokens,
 * every key a press word can match (stems and senses), and whether it states an amount of its own
 * (see AMOUNT_WORDS).
 */
export interface SourceWords {
  senses: (readonly string[])[];
  keys: Set<string>;
  statesAmount: boolean;
}

const sourceWordsCache = new WeakMap<readonly Token[], SourceWords>();

export function sourceWordsOf(toks: readonly Token[]): SourceWords {
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
