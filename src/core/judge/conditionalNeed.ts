/**
 * "Needed" and "required" as a condition, not a shortfall: "as-needed medicines", "help when needed",
 * "extra staff are brought in as required", "as and when needed". Inspectorates write these for
 * practice that responds to need — usually praise — while "improvement is needed" or "further work is
 * required" is criticism. The criticism markers read a text with these phrases removed, so a reason
 * never quotes "needed" out of "as-needed" as criticism. Linear: fixed alternatives, no nested repeats.
 */
export const CONDITIONAL_NEED =
  /\b(?:as(?:\s+and\s+when)?|when(?:ever)?|if|where|wherever)[\s-]+(?:it\s+is\s+|they\s+are\s+|is\s+|are\s+)?(?:needed|required|necessary)\b/gi;

/**
 * "Needed" as what people need, given: "most people could access the services they needed", "the
 * support that children need". The need belongs to the people, not to the service: no shortfall.
 * Fixed alternatives in sequence: linear.
 */
export const NEED_OF_PEOPLE =
  /\b(?:help|support|services?|care|treatment|advice|equipment|information)\s+(?:(?:that|which)\s+)?(?:they|he|she|we|you|people|children|young people|residents|patients|pupils|learners|families)\s+(?:needed|need|required|require)\b/gi;

/** The text with every conditional "needed"/"required" blanked out (offsets of the rest unchanged). */
export function withoutConditionalNeed(text: string): string {
  const blank = (m: string) => " ".repeat(m.length);
  return text.replace(CONDITIONAL_NEED, blank).replace(NEED_OF_PEOPLE, blank);
}
