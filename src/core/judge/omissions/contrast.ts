import { allMatches } from "../../text/matches.js";
import { type Polarity, toneOf } from "../polarity.js";

/**
 * A press sentence that turns on a contrast ("Inspectors saw strong work, but a fifth of tenants
 * still waited months for repairs") makes two claims, and the praise before the turn must not hide
 * the criticism after it: the words after "but", "however", "although", "yet" or "while" are evidence
 * of their own, with their own tone, besides the whole sentence.
 */
const CONTRAST =
  /(?:,|;|\s[–—])\s*(?:but|however|although|though|yet|while)\b[,\s]*|\s(?:but|however|although|yet)\s+/giu;

/** How many turns of one sentence are read as parts of their own (see contrastParts). */
export const MAX_CONTRAST_TURNS = 8;

/**
 * The whole text, then the text after each contrast in it. After praise, the turn presents what
 * follows as a shortfall: a part of no tone of its own ("but a fifth of tenants still waited months")
 * reads as criticism.
 */
export function contrastParts(text: string): { text: string; tone?: Polarity }[] {
  const out: { text: string; tone?: Polarity }[] = [{ text }];
  for (const m of allMatches(CONTRAST, text)) {
    // Each part is the rest of the sentence, read again (its tone, its words): a sentence that turns
    // on every other word ("not yet, but … but …") made that quadratic. Real sentences turn at most
    // three or four times; the turns after the first MAX_CONTRAST_TURNS are read as part of the last.
    if (out.length > MAX_CONTRAST_TURNS) break;
    const cut = (m.index ?? 0) + m[0].length;
    const rest = text.slice(cut).trim();
    if (rest.length === 0) continue;
    const turn = toneOf(text.slice(0, m.index ?? 0)) === "positive" && toneOf(rest) === "neutral";
    out.push(turn ? { text: rest, tone: "critical" } : { text: rest });
  }
  return out;
}

/**
 * Press words that say the opposite of a critical finding do not report it: "a firm hold on the
 * quality of its plans" shares the topic of "the quality of plans is variable" but tells the reader
 * the reverse. A press text reads as the opposite when the letter sentence is critical and the press
 * text carries praise and no criticism at all (no marker, no negated practice, no shortfall).
 */
export function contradicts(pressText: string, letterPolarity: Polarity | undefined): boolean {
  return toneContradicts(toneOf(pressText), letterPolarity);
}

/** The same test on a press text's tone already read. */
export function toneContradicts(pressTone: Polarity, letterPolarity: Polarity | undefined): boolean {
  return letterPolarity === "critical" && pressTone === "positive";
}
