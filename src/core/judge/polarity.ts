import type { Sentence } from "../types.js";
import { CAVEAT_OPENERS, CRITICISM, lexiconPattern, METHOD, PAST_JUDGEMENT, PRAISE } from "./lexicon.js";

const CRITICISM_RE = lexiconPattern(CRITICISM, "i");
const PRAISE_RE = lexiconPattern(PRAISE, "i");
const CAVEAT_OPENER_RE = new RegExp(`^(?:${CAVEAT_OPENERS.join("|")})\\b`, "i");

export type Polarity = "critical" | "positive" | "neutral";

/** Only sentences of the letter's running text are findings (not headings, addresses, sign-offs). */
export function isFindingSentence(s: Sentence): boolean {
  return (s.role === "body" || s.role === "list-item") && s.text.split(/\s+/).length >= 4;
}

/** Is a letter sentence a critical finding, a positive one, or neither (method, administration)? */
export function polarityOf(s: Sentence): Polarity {
  if (!isFindingSentence(s) || METHOD.test(s.text)) return "neutral";
  const present = s.text.replace(PAST_JUDGEMENT, " ");
  if (CRITICISM_RE.test(present)) return "critical";
  if (PRAISE_RE.test(present)) return "positive";
  return "neutral";
}

/** A caveat on the sentence before it: a critical sentence, or one opening with "However", "But"… */
export function isCaveat(s: Sentence): boolean {
  return (
    polarityOf(s) === "critical" ||
    (isFindingSentence(s) && CAVEAT_OPENER_RE.test(s.text) && CRITICISM_RE.test(s.text))
  );
}

/** Where a sentence turns to a caveat mid-way (", but …", "; however, …"), the offset of the turn. */
export function caveatClauseStart(text: string): number | undefined {
  const m = /[,;:]\s*(?:but|however|although|though|yet|while|whilst)\b/i.exec(text);
  if (!m) return undefined;
  const clause = text.slice(m.index);
  return CRITICISM_RE.test(clause) ? m.index : undefined;
}
