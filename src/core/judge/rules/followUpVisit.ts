import { type ClaimRule, unsupportedClaim } from "./rule.js";

/**
 * A future visit of a named kind ("will come back for a monitoring visit", "will carry out a focused
 * inspection", "the next visit will be a monitoring visit"), with the kind's word in group 1.
 */
const FOLLOW_UP_VISIT =
  /\b(?:will|is to|are to|plans? to|set to)\s+(?:\w+\s+){0,4}?(?:return|revisit|come back|carry out|conduct|undertake|make|hold|visit|follow|be)\b[^.]{0,40}?\b(monitoring|focused|targeted|emergency|short-notice|re-?inspection)\b(?:\s+(?:visits?|inspections?))?/i;

/**
 * A follow-up visit the letter never mentions: "Inspectors will come back for a focused visit in the spring"
 * lined up with "the next full inspection will take place within about two years". The sentences
 * share the future and the regulator, but the kind of visit is the press's own.
 */
export const followUpVisit: ClaimRule = {
  id: "follow-up-visit",
  describe: "a follow-up visit of a kind the letter nowhere mentions",
  applies(a, ctx) {
    if (!a.restates) return [];
    const visit = FOLLOW_UP_VISIT.exec(a.sentence.text);
    if (!visit?.[1] || new RegExp(`\\b${visit[1]}`, "i").test(ctx.text)) return [];
    return unsupportedClaim(this.id, a, `announces a "${visit[0]}", which the letter nowhere mentions`);
  },
};
