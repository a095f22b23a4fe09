import { isPressHeading } from "../../segment/pressHeadings.js";
import { type ClaimRule, notAClaimLine } from "./rule.js";

/**
 * A release's label, a title that only names a document, or a sign-off ("Statement from …",
 * "Inspection report, May 2026", "Mrs A. Reyes, Headteacher") frames the press text and claims
 * nothing, whatever names it shares with the letter's header (segment/pressHeadings.ts).
 */
export const pressHeading: ClaimRule = {
  id: "press-heading",
  describe: "a release label, document title or sign-off line: not a claim",
  applies: (a) =>
    a.sentence.role === "list-item" || !isPressHeading(a.sentence.text)
      ? []
      : notAClaimLine("press-heading", "a release label, document title or sign-off line, not a claim"),
};
