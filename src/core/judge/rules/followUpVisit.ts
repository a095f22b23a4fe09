import type { Sentence } from "../../types.js";
import { type LetterContext, regulatorNameSpans } from "../context.js";
import { type ClaimRule, unsupportedClaim } from "./rule.js";
import { fromOneSentence } from "./verdicts.js";

/**
 * A future visit of a named kind ("will come back for a monitoring visit", "will carry out a focused
 * inspection", "the next visit will be a monitoring visit"), with the kind's word in group 1.
 */
const FOLLOW_UP_VISIT =
  /\b(?:will|is to|are to|plans? to|set to)\s+(?:\w+\s+){0,4}?(?:return|revisit|come back|carry out|conduct|undertake|make|hold|visit|follow|be)\b[^.]{0,40}?\b(monitoring|focused|targeted|emergency|short-notice|re-?inspection)\b(?:\s+(?:visits?|inspections?))?/i;

/**
 * A return the regulator is said to make, of no named kind: "will return", "will revisit", "will come
 * back", "will visit again", "will carry out a new inspection".
 */
const RETURN_VISIT =
  /\b(?:will|is to|are to)\s+(?:\w+\s+){0,2}?(?:return|revisit|come back|visit (?:again|the \w+ again)|carry out a (?:further|new|second|follow-up) (?:visit|inspection))\b/i;

/** "We will make no more visits in connection with this inspection": the letter rules a return out. */
const NO_RETURN = /\bno (?:more|further) (?:visits?|inspections?)\b/i;

/** The regulator as the subject just before "will": "Inspectors will…", "The inspectorate will…". */
const REGULATOR_SUBJECT =
  /\b(?:inspectors?|(?:the|its) (?:inspectorate|regulator|watchdog|inspection team))\s*$/i;

/** Whether the visit at `at` is the regulator's: the sentence is attributed to it, or it is the subject. */
function byRegulator(speaker: string, text: string, at: number): boolean {
  if (speaker === "regulator") return true;
  const before = text.slice(Math.max(0, at - 80), at);
  if (REGULATOR_SUBJECT.test(before)) return true;
  return regulatorNameSpans(text).some((n) => n.end <= at && text.slice(n.end, at).trim() === "");
}

/** The letter's sentence announcing a return (not ruling one out), if it has one. */
function announcedReturn(ctx: LetterContext): Sentence | undefined {
  return ctx.sentences.find(
    (s) => s.role !== "furniture" && RETURN_VISIT.test(s.text) && !NO_RETURN.test(s.text),
  );
}

/**
 * A visit the regulator is said to be making next, checked against the letter's own announcement:
 * - of a kind the letter nowhere mentions ("Inspectors will come back for a focused visit in the spring"
 *   against "the next full inspection will take place within about two years"): unsupported;
 * - a return when the letter announces one ("The inspectors will visit again by next summer" for
 *   "HMI will return to inspect the college again within twelve months"): a paraphrase of that sentence, though
 *   the two share few words;
 * - a return the letter never announces ("HMI will revisit the service within six months" when the
 *   letter only says it will monitor progress): unsupported.
 * Only the regulator's visit is read — the sentence is attributed to it, or it is the subject ("Ofsted
 * will return…"); the council "will return to the committee" is no visit — and a restatement the letter's announcement already sources is left to
 * the usual rules.
 */
export const followUpVisit: ClaimRule = {
  id: "follow-up-visit",
  describe: "a visit the regulator is said to be making next, checked against the letter's announcement",
  applies(a, ctx) {
    const text = a.sentence.text;
    const visit = FOLLOW_UP_VISIT.exec(text);
    const theirs = (at: number) => a.restates || byRegulator(a.speaker, text, at);
    if (visit?.[1] && theirs(visit.index) && !new RegExp(`\\b${visit[1]}`, "i").test(ctx.text))
      return unsupportedClaim(this.id, a, `announces a "${visit[0]}", which the letter nowhere mentions`);
    const back = RETURN_VISIT.exec(text);
    if (!back || !byRegulator(a.speaker, text, back.index)) return [];
    const announced = announcedReturn(ctx);
    if (announced) {
      if (a.restates && a.letter.includes(announced)) return [];
      const reason = `reports the return the letter announces ("${back[0]}")`;
      const verdict = { kind: "paraphrase" as const, flags: [], letter: [announced], similarity: 0, reason };
      return [{ rule: this.id, verdict: fromOneSentence(verdict, text) }];
    }
    if (a.restates) return [];
    return unsupportedClaim(this.id, a, `announces a return ("${back[0]}") that the letter never announces`);
  },
};
