import { REGULATOR_NAMES } from "../text/regulatorNames.js";

/**
 * The inspected body's response to a report is its own news, not a claim about the report: "The council
 * said it accepted all the recommendations", "The trust said it had welcomed the findings and
 * would set out its next steps". The words it shares with the letter ("six recommendations", "the findings")
 * name the report, they do not restate it. A sentence whose subject (before its verb of saying) names
 * no regulator, and whose "said (that) it/they" clause accepts, welcomes or acknowledges the findings,
 * the recommendations or the report, is not checked. "Inspectors said the council had accepted …" has
 * the regulator as its subject and stays a claim.
 */

/** "<subject> said (that) it/they (had/has/would/will) accepted|welcomed|acknowledged …". */
const RESPONSE =
  /^([^.;:!?"“”]{1,80}?)\s(?:said|says|has said|had said|confirmed|stated)\s(?:that\s)?(?:it|they|we)\s(?:had\s|has\s|have\s|would\s|will\s|fully\s|now\s)?(?:accept(?:ed|s)?|welcome(?:d|s)?|acknowledg(?:ed|es)|agree(?:d|s)? with)\s(?:all\s|both\s|each\s)?(?:of\s)?(?:the\s|its\s|their\s)?(?:\w+\s)?(?:findings|recommendations|report|conclusions|areas for improvement)\b/iu;

/**
 * Words that make a subject the regulator or its report: the regulators' names (text/regulatorNames.ts,
 * the one list of them) and the generic words the press uses for a regulator and its document.
 */
const REGULATOR_SUBJECT = new RegExp(
  `\\b(?:${REGULATOR_NAMES.map((n) => n.replace(/ /g, "\\s+")).join("|")}|` +
    "inspectors?|inspectorates?|inspection|watchdogs?|regulators?|report|letter|commission|chief inspector)\\b",
  "iu",
);

/** Whether `sentence` reports the inspected body's (or anyone but the regulator's) response to the report. */
export function reportsResponseToReport(sentence: string): boolean {
  const m = RESPONSE.exec(sentence.trim());
  return m !== null && !REGULATOR_SUBJECT.test(m[1] ?? "");
}
