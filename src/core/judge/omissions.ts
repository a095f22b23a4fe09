import { isContentToken } from "../text/tokens.js";
import type { Sentence } from "../types.js";
import type { LetterContext } from "./context.js";

/**
 * A letter finding counts as reported when a press finding cites it as a source, or when one press
 * sentence carries most of its distinctive words in other order (REVERSE_COVERED of their IDF weight,
 * at least REVERSE_SHARED of them) — "a need to make sure every ward round is recorded" reports "not
 * every ward round is recorded". An omission is a critical finding reported in neither way.
 */
export const REVERSE_COVERED = 0.6;
const REVERSE_SHARED = 3;

export function reportedElsewhere(
  ctx: LetterContext,
  letterSentence: Sentence,
  pressSentences: readonly ReadonlySet<string>[],
): boolean {
  const content = (ctx.index.sentenceTokens[letterSentence.index] ?? []).filter(isContentToken);
  let total = 0;
  for (const t of content) total += ctx.index.idf(t.stem);
  if (total === 0) return false;
  for (const stems of pressSentences) {
    let found = 0;
    const shared = new Set<string>();
    for (const t of content) {
      if (stems.has(t.stem)) {
        found += ctx.index.idf(t.stem);
        shared.add(t.stem);
      }
    }
    if (found / total >= REVERSE_COVERED && shared.size >= REVERSE_SHARED) return true;
  }
  return false;
}
