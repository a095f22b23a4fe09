/**
 * Measures that fall short: inspection letters state many weaknesses as figures, with no criticism
 * word at all ("27% of pupils, compared with a national figure of 48%", "only 4 of 12 plans were
 * reviewed", "exclusions are high", "attendance has declined", "some families wait more than a
 * year"). Whether a figure is bad depends on what it measures: below the average is a shortfall for
 * attendance but good news for waiting times, so each rule looks at the measured thing first.
 * Reads text whose contractions are already spelled out (see contractions.ts).
 */

/** Measures where more is worse: a high figure or a rise is the shortfall. */
const MORE_IS_WORSE =
  /\b(?:absen(?:t|ce|ces)|exclu(?:ded|sions?)|suspen(?:ded|sions?)|abandon(?:ed|s|ment)?|waits?|waited|waiting|delays?|delayed|vacanc(?:y|ies)|turnover|sickness|complaints?|incidents?|errors?|workloads?|caseloads?|backlogs?|readmissions?|re-?offending|lateness|missed|restraints?|injur(?:y|ies)|infections?|breaches|deaths?|mortality|concerns?|gaps?|problems?|risks?|assaults?|violence|violent|self-?harm(?:ing)?|bullying|fights?|arrears|debts?|damp|mould|disrepair|overcrowding|homeless(?:ness)?|unemploy(?:ed|ment)|use of force)\b/i;

/**
 * Words that make a measure one where more is better, whatever else it names: "satisfied with
 * complaint handling", "seen within 18 weeks", "found it easy to book".
 */
const MORE_IS_BETTER =
  /\b(?:satisf(?:ied|action)|happy|positive(?:ly)?|easy|good|confident|recommend(?:ed|s)?|on time|within|met|meeting)\b/i;

/** Is more of the measure these words name worse ("exclusions", "waiting times")? */
function moreIsWorse(words: string): boolean {
  return MORE_IS_WORSE.test(words) && !MORE_IS_BETTER.test(words);
}

// (?<!\d): a figure starts where its digits do. Without it the engine retried every position inside a
// long run of digits, each time reading the rest of the run (quadratic in its length); a match that
// fails at the run's first digit fails at every later one too.
const PERCENT = "(?<!\\d)(\\d+(?:\\.\\d+)?)\\s?(?:%|per ?cent|percent)";
const BENCHMARK_NOUN =
  "(?:average|target|standard|benchmark|expectation|threshold|timescale|figure|rate|level)s?";
const BENCHMARK = `(?:the |a |an |its |their )?(?:\\d+(?:\\.\\d+)? ?(?:%|per ?cent|percent) )?(?:(?:national|england|regional|local|statutory|expected|required|government|nhs|agreed|own|[\\d-]+ ?week)\\s+){0,2}${BENCHMARK_NOUN}`;

/** "well below the national average", "lower than the 80% target". */
const BELOW = new RegExp(`\\b(?:below|lower than|worse than|under|short of|behind)\\s+${BENCHMARK}\\b`, "i");
/** "above the national average", "higher than the regional rate". */
const ABOVE = new RegExp(
  `\\b(?:above|higher than|more than|greater than|exceeds?|exceeded|over)\\s+${BENCHMARK}\\b`,
  "i",
);
/** "27% … compared with a national figure of 48%", "71 percent, against a standard of 90 percent". */
const COMPARED = new RegExp(
  `${PERCENT}([^.;]*?)\\b(?:compared (?:with|to)|against|versus|vs\\.?|whereas|while)\\b([^.;]*?)${PERCENT}`,
  "i",
);
/** "only 38% of plans", "only two of the ten records", "only one in five callers". */
const ONLY_SHARE = new RegExp(
  `\\bonly\\s+(?:${PERCENT}|[\\w-]+\\s+(?:of|in|out of)\\s+(?:the\\s+|its\\s+|their\\s+)?[\\w-]+)`,
  "i",
);
/** A high level or a rise: "high caseloads", "the number excluded … is high", "waits have increased". */
const HIGH_BEFORE = /\b(?:high|higher|rising|increasing|excessive)\s+(?:[\w-]+\s+)?$/i;
const HIGH_AFTER =
  /\b(?:is|are|was|were|remains?|remained|has been|have been)\s+(?:very\s+|too\s+|still\s+|relatively\s+|particularly\s+|persistently\s+|consistently\s+)?(?:high|higher|rising|increasing)\b|\b(?:has|have|had)\s+(?:\w+\s+)?(?:risen|increased|grown|doubled)\b/i;
/** A low level or a fall in something that should be high: "uptake is low", "attendance has declined". */
const LOW_AFTER =
  /\b(?:is|are|was|were|remains?|remained|has been|have been)\s+(?:very\s+|too\s+|still\s+|relatively\s+|particularly\s+|persistently\s+|consistently\s+)?(?:low|lower)\b|\b(?:has|have|had)\s+(?:\w+\s+)?(?:declined|fallen|dropped|worsened)\b/i;
/**
 * A count or share of people or things in a bad state: "26 percent of callers abandoned their call",
 * "a quarter of tenants were waiting for repairs", "40% of residents were locked out of…", "around a
 * fifth of young people left care without settled accommodation", "12% of its schools had not had a
 * fire inspection". A share with a negated verb reports what was not done for that share.
 */
const FRACTION = "(?:a|one|two|three|four)[- ](?:fifth|quarter|third|half|tenth|sixth)s?";
const SHARE_WITH_OUTCOME = new RegExp(
  `(?:^|[^\\w])(?:${PERCENT}|\\d+\\s+(?:of|in)\\s+(?:the\\s+)?\\d+|${FRACTION})\\s+(?:of\\s+)?([^.;,]*)`,
  "i",
);
const BAD_OUTCOME =
  /\b(?:abandoned|were excluded|was excluded|were suspended|waited|missed|were delayed|was delayed|were late|came to harm|were harmed|fell|(?:locked|shut) (?:in|up|out)|(?:were|was|are|is|been) (?:still )?(?:waiting|absent|excluded|homeless|unemployed|self-?harming|out of (?:work|education|school))|(?:were|was|are|is|been|left|released|discharged) without|without (?:settled|sustainable|suitable|stable|safe|secure) (?:accommodation|housing|homes?|work|employment)|(?:had|have|has|did|do|does|were|was|are|is) not|never)\b/i;

/**
 * A count of problems: "more than 300 open cases of damp", "1,200 overdue repairs", "45 unresolved
 * complaints". Not when the count is small by its own words ("fewer than 40", "only 12") or falling
 * ("has reduced to 90 overdue repairs").
 */
const PROBLEM_COUNT =
  /\b\d[\d,]*\s+(?:(?:open|outstanding|overdue|unresolved|unanswered|serious|reported|recorded)\s+)*(?:(?:cases?|incidents?|reports?|instances?|episodes?)\s+of\s+(?:damp|mould|disrepair|leaks?|vermin|infestation|assaults?|violence|self-?harm|bullying|harm|abuse|neglect|infections?|falls?|pressure (?:ulcers|sores)|medication errors|restraint)|(?:overdue|outstanding|unresolved|unanswered)\s+(?:repairs?|complaints?|actions?|cases?|referrals?|assessments?|reviews?|recommendations?|inspections?|checks?))\b/i;
const SMALL_OR_FALLING =
  /\b(?:fewer than|less than|only|just|no more than|reduced|fallen|fell|down|decreased|cleared|resolved)\b/i;
/** Long waits: "a few wait longer than a year", "families waited many months". */
const LONG_WAIT =
  /\bwait(?:s|ed|ing)?\s+(?:time\s+|times\s+)?(?:for\s+|of\s+)?(?:up to|more than|over|longer than|as long as|at least|many|several|a long time|too long)\b(?:\s+(?:[\w-]+\s+)?(?:hours?|days?|weeks?|months?|years?))?/i;

/** Only the words of the sentence's clause before `index` (the subject of a comparison). */
function clauseBefore(text: string, index: number): string {
  const head = text.slice(0, index);
  const cut = Math.max(head.lastIndexOf(";"), head.lastIndexOf(", and "), head.lastIndexOf(" because "));
  return cut >= 0 ? head.slice(cut) : head;
}

/** The words saying how a measure falls short, when the text has them (else undefined). */
export function fallsShort(text: string): string | undefined {
  const below = BELOW.exec(text);
  if (below && !moreIsWorse(clauseBefore(text, below.index))) return below[0];
  const above = ABOVE.exec(text);
  if (above && moreIsWorse(clauseBefore(text, above.index))) return above[0];
  const compared = COMPARED.exec(text);
  // A share set against a benchmark is judged by the comparison alone: "3% of pupils were absent,
  // against 9% nationally" is good news, whatever the share rule below would say of "were absent".
  let benchmarked = false;
  if (
    compared &&
    /\b(?:average|national|nationally|england|standard|target|benchmark|other)\b/i.test(compared[3] ?? "")
  ) {
    benchmarked = true;
    const own = Number(compared[1]);
    const norm = Number(compared[4]);
    const worse = moreIsWorse(`${clauseBefore(text, compared.index)} ${compared[2]}`);
    if ((own < norm && !worse) || (own > norm && worse)) return compared[0];
  }
  const only = ONLY_SHARE.exec(text);
  if (only && !moreIsWorse(text.slice(only.index))) return only[0];
  for (const re of [HIGH_AFTER, LOW_AFTER]) {
    const m = re.exec(text);
    if (!m) continue;
    const subject = clauseBefore(text, m.index);
    if (re === HIGH_AFTER ? moreIsWorse(subject) : !moreIsWorse(subject)) return m[0];
  }
  const noun = MORE_IS_WORSE.exec(text);
  if (noun && HIGH_BEFORE.test(text.slice(0, noun.index)) && !/\bfrom a\s+high/i.test(text)) return noun[0];
  const share = SHARE_WITH_OUTCOME.exec(text);
  if (
    share &&
    !benchmarked &&
    BAD_OUTCOME.test(share.at(-1) ?? "") &&
    !/\b(?:only|just|fewer than|less than)\s*$/i.test(text.slice(0, share.index + 1))
  )
    return share[0];
  const count = PROBLEM_COUNT.exec(text);
  if (
    count &&
    !SMALL_OR_FALLING.test(text.slice(Math.max(0, count.index - 30), count.index + count[0].length))
  )
    return count[0];
  const wait = LONG_WAIT.exec(text);
  if (wait && !/\b(?:no|none|nobody|no one|not)\b[^.;,]*$/i.test(text.slice(0, wait.index))) return wait[0];
  return undefined;
}
