import { type ClaimRule, unsupportedClaim } from "./rule.js";

/**
 * A claim attributed to the regulator ("inspectors found …", "the report says …") that no letter
 * passage accounts for: unsupported, with the best match's share.
 */
export const noSourceRegulator: ClaimRule = {
  id: "no-source-regulator",
  describe: "a claim attributed to the regulator that the letter does not contain",
  applies(a) {
    if (a.restates || a.gradeOnly || a.speaker !== "regulator" || !a.isClaim) return [];
    return unsupportedClaim(
      this.id,
      a,
      `attributed to the regulator, but the letter has no passage that says it (best match covers ${Math.round(a.weighted * 100)}% of its words)`,
    );
  },
};
