import type { Token } from "../text/tokens.js";
import { retrieveCandidates } from "./candidates.js";
import { type Coverage, coverage, coverageMeasure } from "./coverage.js";
import type { LetterIndex } from "./letterIndex.js";

export interface Alignment {
  /** Letter sentence indexes, in letter order. */
  sources: number[];
  coverage: Coverage;
}

/** At most this many letter sentences are merged into one press sentence. */
const MAX_SOURCES = 3;
/** A further source must add at least this much weighted coverage to be kept (else it is noise). */
const MIN_GAIN = 0.12;
/** The main source must share at least this many content words with the press sentence. */
const MIN_SHARED_FOR_MAIN = 2;
/** … and a further one at least this many, on its own. */
const MIN_SHARED_FOR_EXTRA = 3;

/**
 * Many-to-one alignment: the letter sentence that accounts for most of the press words, then greedily
 * further sentences that add enough (a press sentence often merges two letter sentences).
 */
export function alignSentence(index: LetterIndex, press: Token[], ignore?: (t: Token) => boolean): Alignment {
  const candidates = retrieveCandidates(index, press);
  const measure = coverageMeasure(index, press, ignore);
  let chosen: number[] = [];
  let best = measure([]);
  for (let round = 0; round < MAX_SOURCES; round++) {
    let pick: { s: number; cov: { weighted: number; shared: number } } | undefined;
    for (const s of candidates) {
      if (chosen.includes(s)) continue;
      const cov = measure([...chosen, s]);
      if (!pick || cov.weighted > pick.cov.weighted) pick = { s, cov };
    }
    if (!pick) break;
    // …and must share a few words on its own: one shared word ("care") lets a heading do the rest.
    if (round === 0 && pick.cov.shared < MIN_SHARED_FOR_MAIN) break;
    const gain = pick.cov.weighted - best.weighted;
    if (round > 0) {
      const alone = measure([pick.s]);
      if (gain < MIN_GAIN || alone.shared < MIN_SHARED_FOR_EXTRA) break;
    }
    if (gain <= 0) break;
    chosen = [...chosen, pick.s];
    best = pick.cov;
  }
  // The full coverage (with the matched words) only for the sources chosen, in the order chosen.
  const found: Coverage = coverage(index, press, chosen, ignore);
  return { sources: [...chosen].sort((a, b) => a - b), coverage: found };
}
