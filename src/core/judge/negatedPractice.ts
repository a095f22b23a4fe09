import { PRAISE } from "./lexicon.js";

/**
 * Negated good practice: "the trust did not have a reliable process", "managers do not have a
 * clear picture", "plans had not been updated in line with policy", "residents spent whole afternoons
 * without anything meaningful to do". A negation a few words before a praise word, a standard or a
 * practice verb names a shortfall, even though no criticism word appears. Reads text whose
 * contractions are already spelled out (see contractions.ts).
 */

/** Standards whose absence is a shortfall ("no clear plan", "not in line with national guidance"). */
const STANDARDS = [
  "clear(?:ly)?",
  "accurate(?:ly)?",
  "meaningful",
  "appropriate(?:ly)?",
  "adequate(?:ly)?",
  "sufficient(?:ly)?",
  "necessary",
  "right",
  "precise(?:ly)?",
  "careful(?:ly)?",
  "closely",
  "secure(?:ly)?",
  "regular(?:ly)?",
  "reliabl[ey]",
  "evidence",
  "oversight",
  "in line with",
  "on time",
  "in time",
  "up[- ]to[- ]date",
  "fit for purpose",
  "as (?:intended|planned|prescribed)",
];

/** Practice an inspector expects to see done: not done, it is a finding ("checks are not recorded"). */
const PRACTICES = [
  "sets? out",
  "reflect(?:s|ed|ing)?",
  "meet(?:s|ing)?",
  "met",
  "identif(?:y|ies|ied|ying)",
  "record(?:s|ed|ing)?",
  "check(?:s|ed|ing)?",
  "follow(?:s|ed|ing)?",
  "compl(?:y|ies|ied|ying)",
  "review(?:s|ed|ing)?",
  "monitor(?:s|ed|ing)?",
  "assess(?:es|ed|ing)?",
  "protect(?:s|ed|ing)?",
  "understand(?:s|ing)?",
  "understood",
  "receiv(?:e|es|ed|ing)",
  "complet(?:e|es|ed|ing)",
  "implement(?:s|ed|ing)?",
  "address(?:es|ed|ing)?",
  "manag(?:e|es|ed|ing)",
  "act(?:s|ed)? on",
  "respond(?:s|ed|ing)?",
  "answer(?:s|ed|ing)?",
  "attend(?:s|ed|ing)?",
  "support(?:s|ed|ing)?",
  "knows?",
  "knew",
  // Assurance a leader owes: "managers have not ensured that every pupil gets…", "managers had not
  // investigated the reasons", "families were not kept informed".
  "ensur(?:e|es|ed|ing)",
  "made sure",
  "investigat(?:e|es|ed|ing)",
  "informed",
  // Meetings and information that should have happened: "strategy meetings were not convened",
  // "information was not shared with the school", "not all children are offered an interview".
  "conven(?:e|es|ed|ing)",
  "shar(?:e|es|ed|ing)",
  "offer(?:s|ed|ing)?",
];

const NEGATOR = "(?:not|never|no|nor|without)";
const NEGATOR_WORD = /^(?:not|never|no|nor|without|nothing|nobody|none)$/i;
const WORD = "[\\w'’-]+";
/** The negation reaches a good word at most this many words further on ("not [have an] effective"). */
const REACH = 3;
/** "…not … enough" reaches further: "does not answer emergency calls quickly enough". */
const ENOUGH_REACH = 8;

const GOOD = [...PRAISE, ...STANDARDS, ...PRACTICES].join("|");
const NEGATED_GOOD = new RegExp(`\\b${NEGATOR}((?:\\s+${WORD}){0,${REACH}}?)\\s+(?:${GOOD})\\b`, "gi");
const NEGATED_ENOUGH = new RegExp(`\\b${NEGATOR}((?:\\s+${WORD}){0,${ENOUGH_REACH}}?)\\s+enough\\b`, "gi");

/**
 * Words that turn the negation away from the practice: "not only effective", "without exception",
 * "do not need support", "did not have to wait", a second negation ("not left without support"),
 * or the start of another clause ("no delays and timely care").
 */
const TURNS_AWAY =
  /^(?:only|just|merely|simply|exception|fail|less|doubt|need|needs|needed|require|requires|wish|want|hesitate|hesitated|and|but|or|because|although|while|whilst|so|not|never|no|nor|without)$/i;
/** Problems: negated, they are praise ("no concerns were identified", "did not identify any risks"). */
const PROBLEM =
  /^(?:concerns?|issues?|problems?|risks?|delays?|errors?|gaps?|incidents?|complaints?|breach(?:es)?|weakness(?:es)?|barriers?|harm|abuse|neglect|shortfalls?|failures?|difficult(?:y|ies)|hazards?|waits?|waiting)$/i;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * Before "enough", "and" / "or" join two verbs of the one negated practice ("errors are not noticed and
 * put right fast enough", "not checked or followed up soon enough"), not two clauses: the
 * sentence still ends on the shortfall.
 */
const JOINS_PRACTICES = /^(?:and|or)$/i;

function negationHolds(text: string, m: RegExpExecArray, enough = false): boolean {
  const between = words(m[1] ?? "");
  const turnsAway = (w: string) => TURNS_AWAY.test(w) && !(enough && JOINS_PRACTICES.test(w));
  if (between.some((w) => turnsAway(w) || PROBLEM.test(w))) return false;
  if (/\b(?:has|have|had) to$/i.test(between.slice(0, 2).join(" "))) return false;
  // A negation just before this one makes a double negative ("not without support").
  const before = words(text.slice(Math.max(0, m.index - 40), m.index)).slice(-REACH);
  if (before.some((w) => NEGATOR_WORD.test(w.replace(/[^\w]/g, "")))) return false;
  // "did not identify any concerns": the practice is negated only to say no problem was found.
  const after = words(text.slice(m.index + m[0].length)).slice(0, 2);
  return !after.some((w) => PROBLEM.test(w.replace(/[^\w]/g, "")));
}

/** The words that negate a good practice, when the text has them (else undefined). */
export function negatedPractice(text: string): string | undefined {
  for (const re of [NEGATED_GOOD, NEGATED_ENOUGH]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (negationHolds(text, m, re === NEGATED_ENOUGH)) return m[0];
      re.lastIndex = m.index + 1;
    }
  }
  return undefined;
}
