/**
 * The grade words of the UK inspectorates, one canonical name each:
 * - Ofsted and CQC: outstanding, good, requires improvement, inadequate (Ofsted's ungraded outcomes
 *   reuse them: "continues to be good"); Ofsted's report-card scale: exceptional, strong standard,
 *   expected standard, needs attention, urgent improvement.
 * - Care Inspectorate and Education Scotland, six points: 6 excellent, 5 very good, 4 good,
 *   3 adequate, 2 weak, 1 unsatisfactory (the digit is optional).
 * - Estyn: excellent, good, adequate, unsatisfactory; "needs improvement" reads as requires improvement.
 * - HMICFRS: outstanding, good, adequate, requires improvement, inadequate.
 * - HM Inspectorate of Prisons' healthy-prison scale, 4..1: good, reasonably good, not sufficiently
 *   good, poor.
 * - The Regulator of Social Housing's codes, each naming its own area: C1–C4 (consumer standards),
 *   G1–G4 (governance), V1–V4 (viability); see CODE_AREA.
 */
export const GRADES = [
  "outstanding",
  "exceptional",
  "excellent",
  "very good",
  "strong standard",
  "good",
  "expected standard",
  "adequate",
  "requires improvement",
  "needs attention",
  "weak",
  "urgent improvement",
  "inadequate",
  "unsatisfactory",
  "reasonably good",
  "not sufficiently good",
  "poor",
] as const;
/** A Regulator of Social Housing grade code: letter (area) and digit (1 best, 4 worst). */
export type GradeCode = `${"C" | "G" | "V"}${1 | 2 | 3 | 4}`;
export type Grade = (typeof GRADES)[number] | GradeCode;

/** The area a grade code names by its letter ("G2" grades governance). */
const CODE_AREA: Record<string, string> = { C: "consumer", G: "governance", V: "viability" };
const CODE = /^[CGV][1-4]$/;

/** The area a grade names by itself (a Regulator of Social Housing code), else undefined. */
export function codeArea(grade: Grade): string | undefined {
  return CODE.test(grade) ? CODE_AREA[grade.charAt(0)] : undefined;
}

/** How each grade is written, longest first so "very good" wins over "good", "inadequate" over "adequate". */
const GRADE_SPELLINGS: readonly (readonly [string, Grade])[] = [
  // Ofsted's children's-services scale writes the grade in full: "Requires improvement to be good"
  // ("the service requires improvement to be good", "were judged to require improvement to be
  // good"). The trailing "to be good" belongs to the grade; read alone it would be a second grade,
  // good, and a report of the real grade would look like a claim that the service is good.
  [
    "requires? improvement(?: to be good)?|requiring improvement(?: to be good)?|needs? improvement",
    "requires improvement",
  ],
  ["urgent improvement", "urgent improvement"],
  ["needs attention", "needs attention"],
  ["strong standard", "strong standard"],
  ["expected standard", "expected standard"],
  ["not sufficiently good", "not sufficiently good"],
  ["reasonably good", "reasonably good"],
  ["very good", "very good"],
  ["outstanding", "outstanding"],
  ["exceptional", "exceptional"],
  ["excellent", "excellent"],
  ["inadequate", "inadequate"],
  ["adequate", "adequate"],
  ["unsatisfactory", "unsatisfactory"],
  ["weak", "weak"],
  ["poor", "poor"],
  ["good", "good"],
  // Codes are matched case-blind here and kept only in capitals (mentionsOf, gradeOf).
  ["[cgv][1-4]", "C1"],
];

/** The six-point scale's digits (Care Inspectorate, Education Scotland). */
export const SIX_POINT: Record<string, Grade> = {
  "6": "excellent",
  "5": "very good",
  "4": "good",
  "3": "adequate",
  "2": "weak",
  "1": "unsatisfactory",
};

export const GRADE_ALT = GRADE_SPELLINGS.map(([s]) => `(?:${s})`).join("|");

/** Each spelling as a whole string (compiled once, not per call). */
const WHOLE_SPELLINGS = GRADE_SPELLINGS.map(
  ([spelling, grade]) => [new RegExp(`^(?:${spelling})$`), grade] as const,
);
/**
 * The longest text read as a grade: the longest spelling ("requiring improvement to be good", 32
 * characters) with ample room for white space around and inside it (a PDF table cell's padding).
 */
const MAX_GRADE_CHARS = 200;

/** The canonical grade of a written grade ("Requires Improvement", "needs improvement" → requires improvement). */
export function gradeOf(words: string): Grade | undefined {
  // A grade is a few words: longer text (a whole quotation) is no grade, and is not normalised.
  if (words.length > MAX_GRADE_CHARS) return undefined;
  const w = words.toLowerCase().replace(/\s+/g, " ").trim();
  // "G2", "V1": a code only in capitals ("c3" in running text is not one).
  if (/^[cgv][1-4]$/.test(w)) return CODE.test(words.trim()) ? (words.trim() as GradeCode) : undefined;
  // The same few spellings recur in every text: each is matched against the list once.
  const known = spellingsSeen.get(w);
  if (known !== undefined || spellingsSeen.has(w)) return known;
  let found: Grade | undefined;
  for (const [exact, grade] of WHOLE_SPELLINGS) {
    if (exact.test(w)) {
      found = grade;
      break;
    }
  }
  if (spellingsSeen.size >= MAX_SPELLINGS_SEEN) spellingsSeen.clear();
  spellingsSeen.set(w, found);
  return found;
}
/** gradeOf's answers by normalised text, at most MAX_SPELLINGS_SEEN of them (then started afresh). */
const spellingsSeen = new Map<string, Grade | undefined>();
const MAX_SPELLINGS_SEEN = 1000;

/** An optional scale digit ("4 – "), an optional opening quote, the grade words, an optional closing quote. */
const MENTION = new RegExp(`(?:\\b([1-6])\\s*[-–—:]?\\s*)?(['‘"“])?\\b(${GRADE_ALT})\\b(['’"”])?`, "giu");

export interface Mention {
  start: number;
  end: number;
  grade: Grade;
  /** The grade words alone, without digit or quotes. */
  wordsStart: number;
}

/**
 * The grade words alone, with MENTION's word boundaries and flags: every mention holds a match of it.
 * Without MENTION's optional digit and quote, which make every character a place a match may start,
 * it is four times faster; mentionsOf scans with it and runs MENTION only where a mention can start.
 */
const GRADE_WORDS = new RegExp(`\\b(?:${GRADE_ALT})\\b`, "giu");

/**
 * Whether character `c` may stand in a mention before its grade words: a scale digit, the white space,
 * dash or colon after it, an opening quote. Letters never do (no grade words start before the next).
 */
function mayLeadGrade(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x2d ||
    c === 0x3a ||
    c === 0x22 ||
    c === 0x27 ||
    (c >= 0x2013 && c <= 0x2014) ||
    c === 0x2018 ||
    c === 0x201c ||
    (c > 0x7f && /\s/.test(String.fromCharCode(c)))
  );
}

/**
 * MENTION's matches in `text`, in order. Each match holds grade words, and the first grade words from
 * where the last match ended are the next GRADE_WORDS match, at `at`; whatever the mention holds before
 * them is a digit, white space, a dash or colon and a quote, so it starts in the run of such characters
 * just before `at`. MENTION is run from the start of that run: the leftmost match from there is the
 * leftmost from the last match's end, as a scan of the whole text with MENTION finds it (tested).
 */
export function mentionsOf(text: string): Mention[] {
  const out: Mention[] = [];
  let from = 0;
  try {
    for (;;) {
      GRADE_WORDS.lastIndex = from;
      const g = GRADE_WORDS.exec(text);
      if (g === null) break;
      let lead = g.index;
      while (lead > from && mayLeadGrade(text.charCodeAt(lead - 1))) lead--;
      MENTION.lastIndex = lead;
      const m = MENTION.exec(text);
      if (m === null) break; // never: the grade words at g.index are a match
      from = MENTION.lastIndex;
      const mention = mentionOf(m);
      if (mention) out.push(mention);
    }
  } finally {
    GRADE_WORDS.lastIndex = 0;
    MENTION.lastIndex = 0;
  }
  return out;
}

/** The mention of a MENTION match, or undefined when its words are no grade ("c3" in lower case). */
function mentionOf(m: RegExpExecArray): Mention | undefined {
  const words = m[3] as string;
  const grade = gradeOf(words);
  if (!grade) return undefined;
  const digit = m[1];
  // A digit that disagrees with the word is not its scale point ("in 2 good ways"): drop it.
  const digitOk = digit === undefined || SIX_POINT[digit] === grade;
  const wordsStart = m.index + m[0].indexOf(words, digit ? 1 : 0);
  const start = digitOk ? m.index : wordsStart - (m[2] ? 1 : 0);
  return { start, end: m.index + m[0].length, grade, wordsStart };
}

/** MENTION's matches found by scanning the whole text with it: the definition mentionsOf is tested against. */
export function mentionsByFullScan(text: string): Mention[] {
  const out: Mention[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m !== null; m = MENTION.exec(text)) {
    const mention = mentionOf(m);
    if (mention) out.push(mention);
  }
  MENTION.lastIndex = 0;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Areas: the words naming what is graded, and when two namings are the same area.
