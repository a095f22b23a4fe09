import type { ClaimRule } from "./rule.js";

/**
 * What no other rule claims is no claim about the letter: the publisher's or someone else's own words,
 * or a heading, boilerplate or a sentence too short to claim anything. The weakest verdict of all.
 */
export const notAClaim: ClaimRule = {
  id: "not-a-claim",
  describe: "the publisher's own words, a heading or boilerplate: not checked",
  applies: (a) => [
    {
      rule: "not-a-claim",
      verdict: {
        kind: "not-checked",
        flags: [],
        letter: [],
        similarity: a.weighted,
        matchedEnds: a.matchedEnds,
        reason: a.isClaim
          ? "not a claim about the letter (the publisher's or someone else's own words)"
          : "not a claim (heading, boilerplate or too short)",
      },
    },
  ],
};
