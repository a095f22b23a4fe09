import { isContentToken } from "../text/tokens.js";
import type { Sentence } from "../types.js";
import type { LetterContext } from "./context.js";
import { type Polarity, toneOf } from "./polarity.js";

/**
 * A letter finding counts as reported when a press finding cites it as a source, or when one press
 * sentence carries most of its distinctive words in other order (REVERSE_COVERED of their IDF weight,
 * at least REVERSE_SHARED of them) — "a need to make sure every ward round is recorded" reports "not
 * every ward round is recorded". An omission is a critical finding reported in neither way.
 */
export const REVERSE_COVERED = 0.6;
const REVERSE_SHARED = 3;

/** What the omission rule needs to know of one press sentence. */
export interface PressEvidence {
  /** The sentence's word stems. */
  stems: ReadonlySet<string>;
  /** The sentence's own words (for its tone). */
  text: string;
  /**
   * Every claim in it is unsupported or a quotation the letter lacks. Such words report a finding
   * only in its own tone: "investigations were poorly supervised" (unsupported, overstated) still
   * reports "investigations are not always well supervised"; a made-up quotation of praise reports
   * no criticism, however many topic words it shares with one.
   */
  unsourced: boolean;
}

/**
 * Press words that say the opposite of a critical finding do not report it: "a strong grip on the
 * quality of its plans" shares the topic of "the quality of plans is variable" but tells the reader
 * the reverse. A press text reads as the opposite when the letter sentence is critical and the press
 * text carries praise and no criticism at all (no marker, no negated practice, no shortfall).
 */
export function contradicts(pressText: string, letterPolarity: Polarity | undefined): boolean {
  return letterPolarity === "critical" && toneOf(pressText) === "positive";
}

export function reportedElsewhere(
  ctx: LetterContext,
  letterSentence: Sentence,
  pressSentences: readonly PressEvidence[],
  letterPolarity?: Polarity,
): boolean {
  const content = (ctx.index.sentenceTokens[letterSentence.index] ?? []).filter(isContentToken);
  let total = 0;
  for (const t of content) total += ctx.index.idf(t.stem);
  if (total === 0) return false;
  for (const press of pressSentences) {
    if (contradicts(press.text, letterPolarity)) continue;
    if (press.unsourced && letterPolarity !== undefined && toneOf(press.text) !== letterPolarity) continue;
    let found = 0;
    const shared = new Set<string>();
    for (const t of content) {
      if (press.stems.has(t.stem)) {
        found += ctx.index.idf(t.stem);
        shared.add(t.stem);
      }
    }
    if (found / total >= REVERSE_COVERED && shared.size >= REVERSE_SHARED) return true;
  }
  return false;
}
