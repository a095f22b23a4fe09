import { isDatelineOnly } from "../datelineOnly.js";
import { type ClaimRule, notAClaimLine } from "./rule.js";

/**
 * A line that only dates the press piece ("Thursday 14 May 2026", "Published 17 June 2026") claims
 * nothing about the report, though the letter's own date line shares its words (datelineOnly.ts).
 */
export const dateline: ClaimRule = {
  id: "dateline",
  describe: "a line that only dates the press piece: not a claim",
  applies: (a) =>
    isDatelineOnly(a.sentence.text)
      ? notAClaimLine("dateline", "a dateline (when the piece was published), not a claim")
      : [],
};
