import { tokenSenses } from "../text/synonyms.js";
import type { Token } from "../text/tokens.js";
import { retrieveCandidates } from "./candidates.js";
import { type Coverage, coverageOfWords } from "./coverage.js";
import type { LetterIndex } from "./letterIndex.js";
import { letterKeys } from "./letterKeys.js";
import { type Measured, measureOffers, offerOf, pressWordsOf, type SourceOffer } from "./pressWords.js";

export interface Alignment {
  /** Letter sentence indexes, in letter order. */
  sources: number[];
  coverage: Coverage;
}

/** Letter sentences retrieved for the measures (candidates.ts). */
const CANDIDATES = 8;
/** At most this many letter sentences are merged into one press sentence. */
const MAX_SOURCES = 3;
/** A further source must add at least this much weighted coverage to be kept (else it is noise). */
const MIN_GAIN = 0.12;
/** The main source must share at least this many content words with the press sentence. */
const MIN_SHARED_FOR_MAIN = 2;
/** … and a further one at least this many, on its own. */
const MIN_SHARED_FOR_EXTRA = 3;

const NOTHING_FOUND: Measured = Object.freeze({ weighted: 0, shared: 0 });

/**
 * Many-to-one alignment: the letter sentence that accounts for most of the press words, then greedily
 * further sentences that add enough (a press sentence often merges two letter sentences). The press
 * words and their senses are prepared once, and each candidate's offer read once (pressWords.ts): a
 * union of candidates is measured over the press words alone.
 */
export function alignSentence(index: LetterIndex, press: Token[], ignore?: (t: Token) => boolean): Alignment {
  const senses = tokenSenses(press, letterKeys(index).phrases);
  const pw = pressWordsOf(index, press, ignore, senses);
  const candidates = retrieveCandidates(index, press, CANDIDATES, senses).map((s) => offerOf(pw, s));
  // Each candidate alone: the first round's measures, and the test a further source must pass.
  const alone = candidates.map((c) => measureOffers(pw, [c]));
  const chosen: SourceOffer[] = [];
  // No source finds no word: the measure of none (measureOffers(pw, []) gives the same).
  let best: Measured = NOTHING_FOUND;
  for (let round = 0; round < MAX_SOURCES; round++) {
    let pick = -1;
    let pickCov: Measured = NOTHING_FOUND;
    for (let c = 0; c < candidates.length; c++) {
      const cand = candidates[c] as SourceOffer;
      if (chosen.includes(cand)) continue;
      let cov = alone[c] as Measured;
      if (round > 0) {
        chosen.push(cand);
        cov = measureOffers(pw, chosen);
        chosen.pop();
      }
      if (pick < 0 || cov.weighted > pickCov.weighted) {
        pick = c;
        pickCov = cov;
      }
    }
    if (pick < 0) break;
    // …and must share a few words on its own: one shared word ("care") lets a heading do the rest.
    if (round === 0 && pickCov.shared < MIN_SHARED_FOR_MAIN) break;
    const gain = pickCov.weighted - best.weighted;
    if (round > 0 && (gain < MIN_GAIN || (alone[pick] as Measured).shared < MIN_SHARED_FOR_EXTRA)) break;
    if (gain <= 0) break;
    chosen.push(candidates[pick] as SourceOffer);
    best = pickCov;
  }
  // The full coverage (with the matched words) only for the sources chosen, in the order chosen.
  const found: Coverage = coverageOfWords(pw, chosen);
  return { sources: chosen.map((o) => o.s).sort((a, b) => a - b), coverage: found };
}
