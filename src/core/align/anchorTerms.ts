import { isContentToken, tokenize } from "../text/tokens.js";
import type { Alignment } from "./alignSentence.js";
import { coverageFor } from "./coverage.js";
import type { LetterIndex } from "./letterIndex.js";

/**
 * A press sentence that puts a term of the letter in quotation marks (the ‘step-down’ service) is
 * talking about the letter's passage on that term, even when it describes it in its own words. Such
 * a sentence is aligned with the letter sentence(s) holding the term, and counts as sourced at a lower
 * share of its words than a sentence with no such anchor: ANCHORED_SOURCED of its IDF weight and
 * ANCHORED_SHARED content words (the term's included).
 */
export const ANCHORED_SOURCED = 0.2;
export const ANCHORED_SHARED = 4;

/** Where each word starts in the letter's running text: sentence and token index, built once per letter. */
const wordPlaces = new WeakMap<LetterIndex, Map<string, Array<[number, number]>>>();
function placesOf(index: LetterIndex): Map<string, Array<[number, number]>> {
  let places = wordPlaces.get(index);
  if (!places) {
    const built = new Map<string, Array<[number, number]>>();
    index.sentenceTokens.forEach((toks, s) => {
      const role = index.sentences[s]?.role;
      if (role !== "body" && role !== "list-item") return;
      toks.forEach((t, i) => {
        const list = built.get(t.norm);
        if (list) list.push([s, i]);
        else built.set(t.norm, [[s, i]]);
      });
    });
    places = built;
    wordPlaces.set(index, places);
  }
  return places;
}

/**
 * Running-text letter sentences that hold every word of `words`, in order and next to each other,
 * in sentence order. Looked up from where the first word occurs, not by scanning the whole letter
 * once per term.
 */
function sentencesWithTerm(index: LetterIndex, words: readonly string[]): number[] {
  const first = words[0];
  if (first === undefined) return [];
  const found = new Set<number>();
  for (const [s, i] of placesOf(index).get(first) ?? []) {
    if (found.has(s)) continue;
    const toks = index.sentenceTokens[s] ?? [];
    if (words.every((w, k) => toks[i + k]?.norm === w)) found.add(s);
  }
  return [...found];
}

/**
 * The alignment through the quoted terms, when one of them is the letter's own and it lifts the press
 * sentence to the anchored threshold; otherwise undefined.
 */
export function alignByTerms(
  index: LetterIndex,
  pressText: string,
  terms: readonly string[],
  current: Alignment,
  ignore: (t: ReturnType<typeof tokenize>[number]) => boolean,
): Alignment | undefined {
  const press = tokenize(pressText);
  if (press.filter((t) => isContentToken(t) && !ignore(t)).length === 0) return undefined;
  const coverageOf = coverageFor(index, press, ignore);
  // A sentence quoting the same term many times, or several terms found in one letter sentence, is
  // weighed once per letter sentence (the first term to find it: the same sources give the same result).
  const seenTerms = new Set<string>();
  const seenSentences = new Set<number>();
  let best: Alignment | undefined;
  for (const term of terms) {
    const words = tokenize(term).map((t) => t.norm);
    const key = words.join(" ");
    if (seenTerms.has(key)) continue;
    seenTerms.add(key);
    for (const s of sentencesWithTerm(index, words)) {
      if (seenSentences.has(s)) continue;
      seenSentences.add(s);
      const sources = [...new Set([s, ...current.sources])].sort((a, b) => a - b);
      const cov = coverageOf(sources);
      // Keep only the sources that share words with the press sentence.
      const useful = sources.filter((x) => (cov.matchedInSource.get(x) ?? []).length > 0);
      // Every source useful: the same sources, so the same coverage (no need to measure it again).
      const trimmed = useful.length === sources.length ? cov : coverageOf(useful);
      if (trimmed.weighted >= ANCHORED_SOURCED && trimmed.shared >= ANCHORED_SHARED) {
        if (!best || trimmed.weighted > best.coverage.weighted) best = { sources: useful, coverage: trimmed };
      }
    }
  }
  return best;
}
