import { wordDiff } from "../../align/wordDiff.js";
import type { DiffPart } from "../../types.js";
import type { QuoteAnalysis } from "../quoteAnalysis.js";
import { type Evidence, memo, verdictOf } from "./rule.js";

/** The word diff of the letter's words against the quoted ones, worked out once per quotation. */
const diffs = new WeakMap<QuoteAnalysis, DiffPart[]>();
export function quotationDiff(a: QuoteAnalysis): DiffPart[] {
  return memo(diffs, a, () => wordDiff(a.letterWords, a.quoted));
}

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
  diff: DiffPart[] = quotationDiff(a),
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
