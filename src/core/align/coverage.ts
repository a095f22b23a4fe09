import { senseOf } from "../text/synonyms.js";
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

export function coverage(
  index: LetterIndex,
  press: Token[],
  sources: number[],
  ignore?: (t: Token) => boolean,
): Coverage {
  const content = press.filter((t) => isContentToken(t) && !ignore?.(t));
  // A press word is found when its stem, or its synonym group ("promptly" ~ "timeliness"), is there.
  const sourceStems = new Set<string>();
  for (const s of sources)
    for (const t of index.sentenceTokens[s] ?? []) {
      sourceStems.add(t.stem);
      const sense = senseOf(t.stem);
      if (sense) sourceStems.add(sense);
    }
  let total = 0;
  let found = 0;
  const shared = new Set<string>();
  for (const t of content) {
    const w = index.idf(t.stem);
    total += w;
    const key = sourceStems.has(t.stem) ? t.stem : senseOf(t.stem);
    if (key !== undefined && sourceStems.has(key)) {
      found += w;
      shared.add(key);
    }
  }
  const matchedInSource = new Map<number, number[]>();
  for (const s of sources) {
    const toks = index.sentenceTokens[s] ?? [];
    matchedInSource.set(
      s,
      toks.flatMap((t, i) => {
        if (!isContentToken(t)) return [];
        const sense = senseOf(t.stem);
        return shared.has(t.stem) || (sense !== undefined && shared.has(sense)) ? [i] : [];
      }),
    );
  }
  return { weighted: total === 0 ? 0 : found / total, shared: shared.size, matchedInSource };
}
