import { type ClaimRule, notAClaimLine } from "./rule.js";

/**
 * Site furniture (menus, share buttons, cookie notices, "other stories" teasers) and a letter-like
 * address block in the press are not claims, whatever words they share with the letter.
 */
export const siteFurniture: ClaimRule = {
  id: "site-furniture",
  describe: "navigation, sharing, notices or links to other stories: not a claim",
  applies: (a) =>
    a.sentence.role !== "furniture"
      ? []
      : notAClaimLine(
          "site-furniture",
          "site furniture (navigation, sharing, notices or links to other stories), not a claim",
        ),
};
