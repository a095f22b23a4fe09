import { containsWords } from "../text/containsWords.js";
import { lexiconPattern, SHORTFALL_NOUNS, SOFTENERS, STRONG_CRITICISM } from "./lexicon.js";
import type { LetterRegion } from "./overstated.js";
import { toneOf } from "./polarity.js";

const STRONG = lexiconPattern(STRONG_CRITICISM);

/**
 * A shortfall made small: a softener, at most one word, and a word for shortfalls ("a few hindrances",
 * "some minor issues", "a small number of staffing problems", "occasional lapses"). A softener alone is
 * no understatement: "some good work" softens nothing.
 */
const SOFT_NOUN = new RegExp(
  `\\b(?:${SOFTENERS.join("|")})\\s+(?:[\\w-]+\\s+)?(?:${SHORTFALL_NOUNS.join("|")})\\b`,
  "i",
);

/**
 * A press release's summary of the letter's required improvements: a softening quantity before
 * "areas … for / to / where … improve / develop" ("some areas for development", "a few areas where the
 * service can improve further"). "Areas" alone is no shortfall ("practice is strong in some areas").
 */
const SOFT_AREAS =
  /\b(?:some|a few|a small number of|a couple of|minor|small|several minor)\s+(?:areas?|aspects?|things)\s+(?:for|of|to|where|that|which|in which)\b[^.;]{0,60}?\b(?:improv\w*|develop\w*|strengthen\w*|work on|build on)\b/i;

/** "Room for improvement" makes a shortfall small with no quantity before it. */
const ROOM = /\broom for (?:further )?improvement\b/i;

/** The press's words that make the letter's shortfalls small, if any ("some areas for development"). */
export function softShortfall(press: string): string | undefined {
  return (SOFT_AREAS.exec(press) ?? SOFT_NOUN.exec(press) ?? ROOM.exec(press))?.[0];
}

/**
 * Understated: the letter's criticism is strong ("hampered by several issues", "too many pupils",
 * "is not good enough", graded "weak") and the press restates it as a small shortfall ("a few
 * hindrances", "some areas for development") without the strong word. The strong word must sit in a
 * letter sentence that is not praise: "many strengths" is no criticism to understate.
 */
export function findUnderstatement(
  press: string,
  letter: string,
  regions: LetterRegion[],
): string | undefined {
  const softener = softShortfall(press);
  if (!softener) return undefined;
  for (const r of regions) {
    const text = letter.slice(r.start, r.end);
    if (toneOf(letter.slice(r.sentence.start, r.sentence.end)) === "positive") continue;
    for (const m of text.matchAll(STRONG)) {
      if (!containsWords(press.toLowerCase(), m[0].toLowerCase())) {
        return `softens the letter's "${m[0]}" to "${softener}"`;
      }
    }
  }
  return undefined;
}
