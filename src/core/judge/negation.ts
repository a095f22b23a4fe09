import { CRITICISM, lexiconPattern, SHORTFALL_FIGURE } from "./lexicon.js";

/**
 * Reversal: the letter's words are negated where the press sentence restates them without any negation
 * — "The ward did not always keep its medicines at a safe temperature" reported as "the ward keeps
 * its medicines at a safe temperature". Only the stretch between the first and last
 * letter words the press shares is read, so a "no" in a neighbouring clause does not count, nor one
 * before the shared words ("No child was left at risk" restated as "children were safe").
 */
const NEGATOR =
  /\b(?:not|never|no|none|nor|neither|nowhere|nobody|nothing|cannot|can't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|won't|without|fail(?:s|ed)? to|too few|fewer)\b/i;

/** Whether a piece of text holds a negation ("not", "never", "too few"…). */
export function hasNegation(text: string): boolean {
  return NEGATOR.test(text);
}

/** A span of letter text: the matched words of one source sentence. */
export interface MatchedSpan {
  start: number;
  end: number;
}

/** Two words of context each side of a match, for the reason. */
function around(text: string, index: number, length: number): string {
  const before = text.slice(0, index).split(/\s+/).slice(-2).join(" ");
  const after = text
    .slice(index + length)
    .split(/\s+/)
    .slice(0, 3)
    .join(" ");
  return `${before} ${text.substr(index, length)}${after.startsWith(" ") ? "" : " "}${after}`
    .replace(/\s+/g, " ")
    .trim();
}

const CRITICISM_RE = lexiconPattern(CRITICISM, "i");

/**
 * Returns the reason when the press drops a negation the letter's matched words carry, else undefined.
 * A press sentence that negates, or itself reports a shortfall ("a need to make sure every plan is
 * reviewed" for "not every plan is reviewed"), is reporting the criticism, not reversing it.
 */
export function findReversal(press: string, letter: string, spans: MatchedSpan[]): string | undefined {
  // The letter's short matched stretches are read first: most carry no negation, and then the press
  // sentence need not be run through the criticism lexicon at all (the answer is the same either way).
  let negated: { stretch: string; m: RegExpExecArray } | undefined;
  for (const span of spans) {
    const stretch = letter.slice(span.start, span.end);
    const m = NEGATOR.exec(stretch);
    if (m) {
      negated = { stretch, m };
      break;
    }
  }
  if (!negated) return undefined;
  if (NEGATOR.test(press) || CRITICISM_RE.test(press) || SHORTFALL_FIGURE.test(press)) return undefined;
  const { stretch, m } = negated;
  return `reverses the letter, which says "${around(stretch, m.index, m[0].length)}"`;
}
