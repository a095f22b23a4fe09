import { criticismIn } from "../judge/polarity.js";

/**
 * How grave a critical finding reads, for ranking omissions (never for judging press words):
 * - 3, serious: harm or risk to people, failure, inadequacy, delay and drift, unsafe or unlawful practice
 *   ("children are left at risk of harm", "serious weaknesses", "too many children wait too long");
 * - 2, a shortfall: any other criticism marker ("not always recorded", "variable", "caseloads are high");
 * - 1, a task: only a need or a recommendation ("further work is needed", "leaders should review…"),
 *   or a shortfall the same sentence plays down ("…is uneven, but most hold enough detail").
 * Inspectorates grade their words this way across reports: the serious words are the ones a
 * judgement of inadequate or requires improvement rests on.
 */
export type Severity = 1 | 2 | 3;

const SERIOUS =
  /\b(?:inadequate|serious(?:ly)?|widespread|fail(?:s|ed|ing|ures?)?|unsafe(?:ly)?|unlawful(?:ly)?|harm(?:ed|ful)?|at risk|not (?:safe|protected|safeguarded)|too (?:long|slow(?:ly)?|late|many|few)|drift|delays?|delayed|deteriorat(?:ed|ion|ing)|insufficient(?:ly)?|poor(?:ly)?|weak(?:ness|nesses)?|breach(?:es)?|unmet|left (?:to|without|in)|(?:could|can)not (?:be )?assured?|could not assure|unsustainable|not sustainable|outside (?:of )?(?:the )?(?:regulations?|law|legal)|ineffective(?:ly)?|neglect(?:ed)?)\b/i;

/** Only a need or recommendation: these markers alone make a task, not a shortfall. */
const TASK = /\b(?:needs? to|needed|further work|should|must|requires?|required|still)\b/gi;

/**
 * A shortfall played down in the same sentence: a turn to reassurance after it ("…, but most hold
 * enough detail", "…have not yet harmed any resident") or a frame of progress before it
 * ("While progress is noted, …", "Despite considerable progress, …").
 */
const PLAYED_DOWN =
  /\b(?:but (?:most|the majority|many|overall)|not had a (?:direct |significant )?(?:negative|adverse) impact|while (?:progress|management action|action)|despite (?:considerable|significant|good) progress|notwithstanding)\b/i;

export function severityOf(text: string): Severity {
  const flat = text.replace(/\s+/g, " ");
  if (SERIOUS.test(flat)) return PLAYED_DOWN.test(flat) ? 2 : 3;
  const withoutTasks = flat.replace(TASK, (m) => " ".repeat(m.length));
  if (criticismIn(withoutTasks) === undefined) return 1;
  return PLAYED_DOWN.test(flat) ? 1 : 2;
}
