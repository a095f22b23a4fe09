import { toneOf } from "../polarity.js";
import { type ClaimRule, unsupportedClaim } from "./rule.js";

/** Verbs that credit the regulator with praise: "recognised", "praised", "commended", "singled out". */
const PRAISE_VERB =
  /\b(?:recogni[sz]e[sd]?|recogni[sz]ing|prais(?:e|es|ed|ing)|commend(?:s|ed|ing)?|applaud(?:s|ed|ing)?|celebrat(?:es|ed|ing)|singled out|hail(?:s|ed|ing)?)\b/i;

/**
 * Praise the regulator is said to have given ("the inspection recognised the strong partnership
 * between the council and the health board"), lined up only with the letter's plain statements of
 * fact ("the trust and the council share responsibility for…"): the letter names the subject but
 * praises nothing there, so the praise is the press's own, put in the regulator's mouth.
 */
export const praiseWithoutSource: ClaimRule = {
  id: "praise-without-source",
  describe: "praise credited to the regulator where the letter only states facts",
  applies(a) {
    if (
      !a.restates ||
      a.speaker !== "regulator" ||
      a.graded ||
      !PRAISE_VERB.test(a.sentence.text) ||
      toneOf(a.sentence.text) !== "positive" ||
      a.letter.length === 0 ||
      !a.letter.every((s) => toneOf(s.text) === "neutral")
    )
      return [];
    return unsupportedClaim(
      this.id,
      a,
      "credits the regulator with praise, but the letter sentences it lines up with only state facts and praise nothing",
    );
  },
};
