import { lexiconPattern, SOFTENERS, STRONG_CRITICISM } from "./lexicon.js";
import type { LetterRegion } from "./overstated.js";

const STRONG = lexiconPattern(STRONG_CRITICISM);
const SOFT = lexiconPattern(SOFTENERS);

/**
 * Understated: the letter's criticism is strong ("hampered by several issues", "too many pupils")
 * and the press restates it with a softener ("a few hindrances") and without the strong word.
 */
export function findUnderstatement(
  press: string,
  letter: string,
  regions: LetterRegion[],
): string | undefined {
  const softener = press.match(SOFT)?.[0];
  if (!softener) return undefined;
  for (const r of regions) {
    for (const m of letter.slice(r.start, r.end).matchAll(STRONG)) {
      if (!new RegExp(`\\b${m[0]}\\b`, "i").test(press)) {
        return `softens the letter's "${m[0]}" to "${softener}"`;
      }
    }
  }
  return undefined;
}
