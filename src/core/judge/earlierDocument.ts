/**
 * A press sentence placed in an earlier year than the letter's inspection by its opening time phrase —
 * "In March 2016, the regulator found the unit had “slipped back” …", "In 2010, when the
 * regulator said the wards were “not safe enough”, …", "Back in 2018, inspectors …" —
 * reports an earlier inspection, report or letter. Its quotations are that document's words and its
 * claims are about it: they are not judged against this letter. A sentence that comes back to the
 * present ("In 2019 it was rated inadequate; now it is good") is not placed in the past.
 */

/** The opening time phrase: "In 2019,", "In November 2019,", "Back in 2018,", "In early 2017,". */
const OPENING_YEAR =
  /^\s*(?:back\s+)?in\s+(?:(?:early|mid|late|the\s+spring\s+of|the\s+summer\s+of|the\s+autumn\s+of|the\s+winter\s+of)\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?((?:19|20)\d\d)\b/iu;

/** Words that bring a sentence back to the present after its opening. */
const BACK_TO_NOW =
  /\b(?:now|today|this year|latest|most recent|new report|since then|has since|have since)\b/iu;

/** The years of a letter's header: its inspection dates (the latest year named near its start). */
export function letterYear(letterText: string): number | undefined {
  const years = [...letterText.slice(0, 1000).matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  return years.length ? Math.max(...years) : undefined;
}

/** The earlier year a press sentence is placed in, or undefined. */
export function earlierYearOf(sentence: string, inspectionYear: number | undefined): number | undefined {
  if (inspectionYear === undefined) return undefined;
  const m = OPENING_YEAR.exec(sentence);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year >= inspectionYear || BACK_TO_NOW.test(sentence)) return undefined;
  return year;
}
