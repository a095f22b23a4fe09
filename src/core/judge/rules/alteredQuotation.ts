import { wordDiff } from "../../align/wordDiff.js";
import type { DiffPart } from "../../types.js";
import type { QuoteAnalysis } from "../quoteAnalysis.js";
import { type Evidence, verdictOf } from "./rule.js";

/**
 * Evidence that a quotation alters the letter ("quote-altered"): the letter sentences it overlaps, the
 * letter offsets it was matched to, and the word diff between the letter's words and the quoted ones.
 * The three rules that find an alteration (changed words, another order, an ellipsis that cuts a
 * qualifier) differ only in the reason and the similarity they give.
 */
export function alteredQuotation(
  rule: string,
  a: QuoteAnalysis,
  match: { start: number; end: number },
  similarity: number,
  reason: string,
  diff: DiffPart[] = wordDiff(a.letterWords, a.quoted),
): Evidence[] {
  return verdictOf(rule, {
    kind: "quote-altered",
    flags: [],
    letter: a.letter,
    similarity,
    matched: { start: match.start, end: match.end },
    diff,
    reason,
  });
}
