import { isContentToken, tokenize } from "../text/tokens.js";
import type { Alignment } from "./alignSentence.js";
import { coverage } from "./coverage.js";
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

/** Running-text letter sentences that hold every word of `term`, in order and next to each other. */
function sentencesWithTerm(index: LetterIndex, term: string): number[] {
  const words = tokenize(term).map((t) => t.norm);
  const first = words[0];
  if (first === undefined) return [];
  const found = new Set<number>();
  index.sentenceTokens.forEach((toks, s) => {
    const role = index.sentences[s]?.role;
    if (role !== "body" && role !== "list-item") return;
    for (let i = 0; i + words.length <= toks.length; i++) {
      if (words.every((w, k) => toks[i + k]?.norm === w)) {
        found.add(s);
        return;
      }
    }
  });
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
  let best: Alignment | undefined;
  for (const term of terms) {
    for (const s of sentencesWithTerm(index, term)) {
      const sources = [...new Set([s, ...current.sources])].sort((a, b) => a - b);
      const cov = coverage(index, press, sources, ignore);
      // Keep only the sources that share words with the press sentence.
      const useful = sources.filter((x) => (cov.matchedInSource.get(x) ?? []).length > 0);
      const trimmed = coverage(index, press, useful, ignore);
      if (trimmed.weighted >= ANCHORED_SOURCED && trimmed.shared >= ANCHORED_SHARED) {
        if (!best || trimmed.weighted > best.coverage.weighted) best = { sources: useful, coverage: trimmed };
      }
    }
  }
  return best;
}
