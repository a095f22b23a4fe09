/**
 * "Needed" and "required" as a condition, not a shortfall: "as-needed medicines", "help when needed",
 * "extra staff are brought in as required", "as and when needed". Inspectorates write these for
 * practice that responds to need — usually praise — while "improvement is needed" or "further work is
 * required" is criticism. The criticism markers read a text with these phrases removed, so a reason
 * never quotes "needed" out of "as-needed" as criticism. Linear: fixed alternatives, no nested repeats.
 */
export const CONDITIONAL_NEED =
  /\b(?:as(?:\s+and\s+when)?|when(?:ever)?|if|where|wherever)[\s-]+(?:it\s+is\s+|they\s+are\s+|is\s+|are\s+)?(?:needed|required|necessary)\b/gi;

/** The text with every conditional "needed"/"required" blanked out (offsets of the rest unchanged). */
export function withoutConditionalNeed(text: string): string {
  return text.replace(CONDITIONAL_NEED, (m) => " ".repeat(m.length));
}
