/**
 * What a visit was for is not what it found. Inspectorates and the press open an account of an
 * inspection with its aim: "Inspectors visited the service in May to check its progress", "The team
 * returned to look at how young people are supported". The words after "to" name the topic the letter
 * reports on, so they share words with the letter's findings on it — with a "has not made sufficient
 * progress" as much as with a "has made" — but the sentence claims nothing about them either way. A
 * sentence whose only claim is such an aim cannot reverse a finding; one that goes on to report what was
 * found ("… to check progress, and found that …") still can.
 */

/** A verb of visiting or inspecting, then (within the clause) an infinitive of looking or judging. */
const VISIT_PURPOSE =
  /\b(?:visit(?:ed|s)?|revisit(?:ed|s)?|inspect(?:ed|s)?|came|went|returned|met)\b[^.;:!?]{0,120}?\b(?:in order )?to (?:check|look at|look into|see|assess|evaluate|review|decide|find out|consider|examine|test|establish|determine|judge|monitor|understand|explore|follow up)\b/i;

/** A verb that reports a result: after the aim, it makes the sentence a finding again. */
const RESULT_VERB =
  /\b(?:found|finds|find|concluded|concludes|judged|judges|said|says|reported|reports|noted|notes|saw|identified|rated)\b/i;

/** Whether `sentence` states what a visit set out to do and reports no result after it. */
export function statesVisitPurposeOnly(sentence: string): boolean {
  const m = VISIT_PURPOSE.exec(sentence);
  if (!m) return false;
  return !RESULT_VERB.test(sentence.slice(m.index + m[0].length));
}
