import { agreesWithOthers } from "../agreementOnly.js";
import { type ClaimRule, unsupportedClaim } from "./rule.js";

/**
 * A claim attributed to the regulator ("inspectors found …", "the report says …") that no letter
 * passage accounts for: unsupported, with the best match's share. A sentence that only says the
 * report agrees with others ("confirms what parents have been telling us") states no finding.
 */
export const noSourceRegulator: ClaimRule = {
  id: "no-source-regulator",
  describe: "a claim attributed to the regulator that the letter does not contain",
  applies(a) {
    if (a.restates || a.gradeOnly || a.speaker !== "regulator" || !a.isClaim) return [];
    if (agreesWithOthers(a.sentence.text)) return [];
    return unsupportedClaim(
      this.id,
      a,
      `attributed to the regulator, but the letter has no passage that says it (best match covers ${Math.round(a.weighted * 100)}% of its words)`,
    );
  },
};
