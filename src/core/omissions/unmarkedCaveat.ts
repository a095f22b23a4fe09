import { toneOf } from "../judge/polarity.js";
import type { LetterFinding } from "../types.js";

/**
 * A caveat the criticism lexicon does not read: inspectors turn from a strength to its shortfall with
 * "However," and state the shortfall in the plain words of the case ("However, the views of fathers are
 * often missing from plans.", "However, letters to parents are written in language they find hard to
 * follow."). The turn itself says the sentence is the shortfall of what went before, so it is a
 * critical finding for the omission list when:
 * - it opens with a turn (However, But, Nevertheless, Even so) and runs on as a clause of its own;
 * - the sentence before it in the same section is not itself critical (a turn after criticism is
 *   usually back to praise: "Caseloads are high. However, leaders have recruited …");
 * - it carries no praise of its own ("However, leaders have acted quickly and well").
 */
const TURN = /^\s*(?:however|but|nevertheless|nonetheless|even so)(?:,\s*|\s+)\S/i;

/** Words enough for a finding, as the letter's own findings need. */
const MIN_WORDS = 5;

export function isUnmarkedCaveat(finding: LetterFinding, before: LetterFinding | undefined): boolean {
  if (finding.polarity !== "neutral" || !TURN.test(finding.text)) return false;
  if (finding.text.split(/\s+/).length < MIN_WORDS) return false;
  if (!before || before.polarity === "critical" || before.section.kind !== finding.section.kind) return false;
  return toneOf(finding.text) === "neutral";
}
