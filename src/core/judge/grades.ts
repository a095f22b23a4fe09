import {
  endsWithin,
  lastRangeWithin,
  matchRanges,
  searchEndingWithin,
  someRangeWithin,
  spaceRunStart,
} from "../text/bounded.js";
import { STOPWORDS, tokenize } from "../text/tokens.js";
import type { Judgement, Sentence } from "../types.js";
import type { LetterContext } from "./context.js";
import { wrappedRows } from "./wrappedRows.js";

/**
 * Grades: what most coverage of an inspection leads with ("rated Good", "graded 2 – Weak for its
 * setting") checked against the grades the letter itself states, in a table ("Are services caring?
 * Good", "How good is our leadership? 4 - Good", "Good  Preventing crime") or in prose ("Overall, the
 * practice is rated as requires improvement", "The force is good at preventing crime", "We evaluated
 * this key question as weak").
 */

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
const SIX_POINT: Record<string, Grade> = {
  "6": "excellent",
  "5": "very good",
  "4": "good",
  "3": "adequate",
  "2": "weak",
  "1": "unsatisfactory",
};

const GRADE_ALT = GRADE_SPELLINGS.map(([s]) => `(?:${s})`).join("|");

/** The canonical grade of a written grade ("Requires Improvement", "needs improvement" → requires improvement). */
export function gradeOf(words: string): Grade | undefined {
  const w = words.toLowerCase().replace(/\s+/g, " ").trim();
  // "G2", "V1": a code only in capitals ("c3" in running text is not one).
  if (/^[cgv][1-4]$/.test(w)) return CODE.test(words.trim()) ? (words.trim() as GradeCode) : undefined;
  for (const [spelling, grade] of GRADE_SPELLINGS) if (new RegExp(`^(?:${spelling})$`).test(w)) return grade;
  return undefined;
}

/** An optional scale digit ("4 – "), an optional opening quote, the grade words, an optional closing quote. */
const MENTION = new RegExp(`(?:\\b([1-6])\\s*[-–—:]?\\s*)?(['‘"“])?\\b(${GRADE_ALT})\\b(['’"”])?`, "giu");

interface Mention {
  start: number;
  end: number;
  grade: Grade;
  /** The grade words alone, without digit or quotes. */
  wordsStart: number;
}

function mentionsOf(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const words = m[3] as string;
    const grade = gradeOf(words);
    if (!grade) continue;
    const digit = m[1];
    // A digit that disagrees with the word is not its scale point ("in 2 good ways"): drop it.
    const digitOk = digit === undefined || SIX_POINT[digit] === grade;
    const wordsStart = m.index + m[0].indexOf(words, digit ? 1 : 0);
    const start = digitOk ? m.index : wordsStart - (m[2] ? 1 : 0);
    out.push({ start, end: m.index + m[0].length, grade, wordsStart });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Areas: the words naming what is graded, and when two namings are the same area.

/** Areas that stand for the whole inspection rather than one part of it. */
export const OVERALL = "overall";
export const PREVIOUS = "previous inspection";
export const ALL_AREAS = "all areas";

/**
 * Words that name the same area in a table and in coverage ("well-led" ~ "leadership" ~ "leadership
 * and management"; "setting" ~ "environment"). Only area names of inspection frameworks, never grade
 * words. Keyed on the lower-case word with hyphens removed ("well-led" → "wellled").
 */
const AREA_SENSES: readonly (readonly string[])[] = [
  ["leadership", "leaders", "leader", "led", "wellled", "management", "governance"],
  [
    "setting",
    "environment",
    "premises",
    "building",
    "buildings",
    "accommodation",
    "facilities",
    "surroundings",
  ],
  ["safe", "safety", "safely", "safeguarding"],
  ["effective", "effectiveness"],
  ["responsive", "responsiveness"],
  ["caring", "compassionate"],
  ["wellbeing", "welfare"],
  ["staff", "staffing", "workforce", "staffed"],
  ["behaviour", "behavior", "conduct"],
];
const SENSE_OF = new Map<string, string>();
for (const group of AREA_SENSES) for (const w of group) SENSE_OF.set(w, `~${group[0]}`);

/** Words that frame an area without naming it ("Are services …?", "How good is our …?", "its", "being"). */
const AREA_FILLER = new Set(
  "well being how our we do does did services service good is are was were its their his her it provision key question questions area areas all at for being people's people".split(
    " ",
  ),
);

/** The words that identify an area: filler dropped, synonyms merged, the rest stemmed. */
export function areaKey(area: string): Set<string> {
  const joined = area.replace(/([\p{L}])[-‐‑]([\p{L}])/gu, "$1$2");
  const key = new Set<string>();
  for (const t of tokenize(joined)) {
    if (STOPWORDS.has(t.norm) || AREA_FILLER.has(t.norm)) continue;
    key.add(SENSE_OF.get(t.norm) ?? SENSE_OF.get(t.stem) ?? t.stem);
  }
  return key;
}

/**
 * How well two area namings agree, 0..1: one's words must all be among the other's ("care planning"
 * within "how well is our care and support planned", "behaviour" within "behaviour and attitudes"); the
 * share of words in common then ranks the candidates. 0 when neither contains the other.
 */
export function areaMatch(a: string, b: string): number {
  if (a === b) return 1;
  if ([a, b].some((x) => x === OVERALL || x === PREVIOUS || x === ALL_AREAS)) return 0;
  const ka = areaKey(a);
  const kb = areaKey(b);
  if (ka.size === 0 || kb.size === 0) return 0;
  const common = [...ka].filter((k) => kb.has(k)).length;
  if (common < Math.min(ka.size, kb.size)) return 0;
  return common / (ka.size + kb.size - common);
}

/**
 * The area a heading or phrase names, in plain words: "Overall effectiveness" and "Overall rating for this
 * location" → overall; "Previous inspection grade" → previous inspection; "Are services caring?" →
 * caring; "How good is our leadership?" → leadership; "its setting" → setting.
 */
export function canonicalArea(words: string): string {
  const w = words
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/[?:.,;\s]+$/, "")
    .trim();
  if (
    /\b(?:previous|last|prior|earlier)\b.*\b(?:inspection|rating|grade|judgement|judgment|visit)s?\b/.test(w)
  )
    return PREVIOUS;
  if (/^previously\b/.test(w)) return PREVIOUS;
  if (/\boverall\b/.test(w)) return OVERALL;
  // The whole of a council's service, not one judgement of it: "Fernley's children's services".
  if (/^(?:(?:children's|childrens|social care|adult social care) )?services?$/.test(w)) return OVERALL;
  if (/^(?:all|every|each)\b|\bacross the board\b/.test(w)) return ALL_AREAS;
  return w
    .replace(
      /^(?:are (?:the )?services|is (?:the|this|our) service|how (?:good|well|effective) (?:is|are|do|does) (?:our|the|we|this|its|their)|how (?:good|well) (?:is|are|do|does)|what is)\s+/,
      "",
    )
    .replace(/^(?:(?:for|at|in|on|being|its|their|our|the|his|her|it's|it)\s+)+/, "")
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Claims: the grades one sentence states, with the area(s) each applies to.

/** One (area, grade) a sentence states. Offsets `[start, end)` are into the sentence text given. */
export interface GradeClaim {
  /** What is graded, in plain words (see canonicalArea): "caring", "preventing crime", "overall". */
  area: string;
  grade: Grade;
  /**
   * The area came from the sentence's subject or object ("The surgery … was rated good", "rated the
   * practice good"): when the letter grades no area by that name, it is the inspected body itself,
   * and the claim is about the overall grade.
   */
  orOverall: boolean;
  /**
   * A grade of an earlier inspection given for an area ("Safety …, up from poor in 2021"). The
   * overall grade of an earlier inspection is area PREVIOUS instead.
   */
  previous?: boolean;
  /** The year the sentence gives the grade ("up from poor in 2021"). */
  year?: number;
  /** The whole statement: from the graded subject (when it opens the clause) to the last area word. */
  start: number;
  end: number;
  /** The grade words (with scale digit and quotes). */
  gradeStart: number;
  gradeEnd: number;
}

/**
 * Verbs and nouns that give a grade ("rated", "judged to be", "received grades of", "told it
 * requires…", "continues to be", "downgraded to"), followed by the words that may stand between them
 * and the grade: an object ("us", "the practice"), "as", "to be" (see triggerBefore).
 */
const TRIGGER_VERB =
  "\\b(?:(?:re-?)?rated|(?:re-?)?graded|judged|assessed|evaluated|deemed|branded|labell?ed|classed|classified|" +
  "considered|found to be|found to|told(?: that)? (?:it|they|the [\\p{L}]+)(?: (?:is|are|was|were|still|now|would))*|" +
  "(?:continues|continue|continued|continuing) to be|remains|remain|remained|stays|stayed|" +
  "(?:down|up)graded(?: to)?|(?:dropped|fell|slipped|moved|improved|rose|climbed|went) (?:down |up )?to|" +
  // A grade as a noun is given only by a verb of giving: "received grades of adequate", not "the
  // rating of good reflects…" (there the grade is taken as read, and the claim is the rest).
  "(?:received?|receives|receiving|given|gave|awarded|handed|achieved|earned|gained|secured|got|gets|with|holds?|held)" +
  "(?: (?:a|an|the|its|their|our|his|her))?(?: overall)? (?:ratings? of|grades? of|grading of|judge?ments? of|verdict of|score of))";
/** Where a trigger verb starts (searched from a position: `lastIndex`). */
const TRIGGER_START = new RegExp(TRIGGER_VERB, "giu");
/** A trigger verb ending exactly at the end of the string it is tested on (sticky at its start). */
const TRIGGER_EXACT = new RegExp(`${TRIGGER_VERB}$`, "iuy");
/**
 * The words between a trigger and its grade, one item each: a small word ("us", "as", "to", "be",
 * "overall", "previously"); a determiner with one to three words ("the practice", "its fostering
 * service"); or a bare object of one to four words before "to be" or "as" ("judged leadership to be
 * good", "rated Fernley's fostering service as good", "judged Fernley Council to be good").
 */
const TRIGGER_SMALL_WORD =
  /^(?:us|it|them|him|her|as|to|be|being|been|of|a|an|overall|all|both|also|again|now|still|once|previously|only|just)$/iu;
const TRIGGER_DETERMINER = /^(?:the|this|its|their|our|his|her)$/iu;
const TRIGGER_WORD = /^[\p{L}'’-]+$/u;
/** What a bare object stands before: "to be" or "as" (sticky at the end of its last word). */
const TRIGGER_OBJECT_BEFORE = /\s+(?:to\s+be|as)\b/iuy;
/**
 * How far before a grade its trigger is looked for: a verb, an object of a few words and "to be"
 * take well under this in any real sentence (the longest in the real cases is under 80 characters).
 * The bound keeps the search linear in the sentence's length.
 */
const TRIGGER_REACH = 400;
/** The longest a trigger verb is ("told that the council is still", "received an overall rating of"), with room to spare. */
const TRIGGER_VERB_REACH = 120;

/**
 * The trigger of a grade that `text` ends just before, as `text.match(TRIGGER)` gave it when the
 * trigger was one regular expression — the verb, then items of the object (above) separated by white
 * space, then only white space: `index` is where the verb starts (the leftmost that fits, its longest
 * form first) and `[1]` the object words. As one expression the items' overlapping choices ("his
 * g his g …") made the engine try exponentially many splits; here which ends of the text can be split
 * into items is worked out once, right to left over the words, and each verb is checked against it.
 */
function triggerBefore(text: string): { index: number; 1: string } | undefined {
  const from = Math.max(0, text.length - TRIGGER_REACH);
  // The words (runs of non-space) from `from` on, and for each, whether the words from it to the end
  // split into items. A word that is not all letters ends every split before it.
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.slice(from).matchAll(/\S+/gu)) {
    starts.push(from + m.index);
    ends.push(from + m.index + m[0].length);
  }
  const n = starts.length;
  const word = (i: number) => text.slice(starts[i], ends[i]);
  const letters = starts.map((_, i) => TRIGGER_WORD.test(word(i)));
  const splits: boolean[] = new Array(n + 1).fill(false);
  splits[n] = true;
  for (let i = n - 1; i >= 0; i--) {
    if (!letters[i]) break;
    const w = word(i);
    let ok = TRIGGER_SMALL_WORD.test(w) && (splits[i + 1] as boolean);
    if (!ok && TRIGGER_DETERMINER.test(w)) {
      for (let k = 2; k <= 4 && i + k <= n && !ok; k++) ok = splits[i + k] as boolean;
    }
    for (let k = 1; k <= 4 && i + k < n && !ok; k++) {
      TRIGGER_OBJECT_BEFORE.lastIndex = ends[i + k - 1] as number;
      ok = (splits[i + k] as boolean) && TRIGGER_OBJECT_BEFORE.test(text);
    }
    splits[i] = ok;
  }
  /** Whether the text after a verb ending at `end` is items then white space only. */
  const fits = (end: number): boolean => {
    let i = 0;
    while (i < n && (starts[i] as number) < end) i++;
    if (i < n && !/\s/.test(text.charAt(end))) return false;
    if (i === n) return /^\s*$/.test(text.slice(end));
    return splits[i] as boolean;
  };
  TRIGGER_START.lastIndex = from;
  for (let m = TRIGGER_START.exec(text); m; m = TRIGGER_START.exec(text)) {
    const at = m.index;
    // The verb's possible ends at `at` in the order the expression tried them: its first match, then
    // the other whole-word ends, longest first (greedy options: "found to be" before "found to").
    // A verb is a few words: its ends are looked for within TRIGGER_VERB_REACH characters.
    const candidates = [at + m[0].length];
    for (let i = n - 1; i >= 0; i--) {
      const e = ends[i] as number;
      if (e <= at || e > at + TRIGGER_VERB_REACH || e === candidates[0]) continue;
      TRIGGER_EXACT.lastIndex = at;
      if (TRIGGER_EXACT.test(text.slice(0, e))) candidates.push(e);
    }
    for (const end of candidates) {
      if (!fits(end)) continue;
      const objectEnd = Math.max(end, text.trimEnd().length);
      return { index: at, 1: text.slice(end, objectEnd) };
    }
    TRIGGER_START.lastIndex = at + 1;
  }
  return undefined;
}

/** A grade given as a noun: "received a 'good' rating", "kept its outstanding grade". */
const GIVEN_BEFORE =
  /\b(?:received?|receives|receiving|given|gave|awarded|handed|achieved?|achieves|earned|gained|secured|got|gets|holds?|held|retained|retains|kept|keeps|maintained|with)\s+(?:(?:a|an|the|its|their|our|his|her)\s+)?$/iu;
/**
 * A verb of giving with its receiver between it and the grade: "has given Brookvale a C3 grade",
 * "awarded the trust a 'good' rating" (the receiver: a name or a short noun phrase, up to four words).
 */
const GIVEN_TO_BEFORE =
  /\b(?:given|gave|give|gives|awarded|awards|handed|hands)\s+(?:[\p{L}'’&-]+\s+){1,4}?(?:a|an|its|their|the)\s+$/iu;
const GIVEN_AFTER = /^\s*(?:[\p{L}]+\s+)?(?:rating|grade|judge?ment|verdict)s?\b/iu;

/** "is good at preventing crime", "remains inadequate in …" (HMICFRS's prose). */
const COPULA_BEFORE = /\b(?:is|are|was|were|be|been|being|remains?|stays?)\s*$/iu;
const AREA_PREPOSITION = /^\s*(?:at|in)\s/iu;

/** The previous grade named by a change: "downgraded from good", "dropped from outstanding". */
const FROM_BEFORE =
  /\b(?:(?:down|up|re)graded|dropped|fell|slipped|moved|improved|rose|climbed|went|gone|up|down)\s+from\s+(?:(?:a|an|its|their|the)\s+)?$/iu;

/**
 * A grade just after another, as its earlier value: "rated reasonably good, up from poor in 2021",
 * "good (previously inadequate)", "good, compared with requires improvement last time". The earlier
 * grade is for the same area(s).
 */
const EARLIER_GAP =
  /^[\s,;(–—-]*(?:(?:up|down|an? (?:rise|fall|drop|improvement)|improving|rising|falling|dropping|moving)\s+from|previously|compared (?:with|to)|having been|after being)\s*$/iu;

/**
 * The sentence places what follows in an earlier inspection or judgement: "the first ungraded visit
 * since we judged the school to be good in 2019", "since it was rated outstanding", "The school was last
 * inspected in 2016, when it was judged good", "This judgement replaces the one published in 2022, in
 * which the landlord was assessed as G1", "At its previous inspection, the home was rated good". Not
 * "since the last inspection" (what changed after it is the current picture).
 */
const EARLIER_CONTEXT =
  /\bsince\s+(?:(?:we|it|they|inspectors)\s+|(?:the|this|our|its|their)\s+[\p{L}]+\s+)?(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:last\s+|previously\s+)?(?:judged|rated|graded)\b|\b(?:last|previously)\s+(?:inspected|assessed|visited|graded|rated|judged|reviewed)\b|\b(?:replaces|replaced|supersedes|superseded)\b|\b(?:previous|prior|earlier|former)(?<!\bsince\s+(?:the|its|our|their)\s+(?:previous|prior|earlier|former))\s+(?:[\p{L}]+\s+)?(?:inspection|visit|judge?ment|assessment|report|review)s?\b/iu;

/**
 * Aims, hopes and forecasts name a grade without reporting one ("aims to be rated outstanding",
 * "working towards good", "could be rated good when next inspected").
 */
const ASPIRATION =
  /\b(?:aim(?:s|ed|ing)?|hope(?:s|d)?|hoping|target(?:s|ed|ing)?|ambition(?:s)?|aspir\w*|want(?:s|ed)?|wish(?:es)?|strive|striving|goal|determined|on track|working towards?|work towards?|next (?:full )?inspection|will be|would be|could be|should be|might be|may be|expect(?:s|ed)? to|plan(?:s|ned)? to|bid)\b|\bif\b/iu;

/**
 * Grades of other bodies or of many: "its sister school was rated outstanding", "80% of schools are
 * rated good". They say nothing about this inspection.
 */
const OTHER_BODIES =
  /\b(?:another|other|others|sister|neighbouring|neighboring|nearby|partner|rival|similar|nationally|national average|across the country|many schools|most schools)\b|\d\s*(?:%|per ?cent)/iu;

/** Links to other stories ("Read more: …", "Related: …") name other inspections' grades. */
const TEASER =
  /^\s*(?:read more|read next|also read|related|see also|more on this|more stories|recommended|latest news)\b\s*[:|–—-]/iu;

/** Denials: "not rated outstanding", "no longer good", "lost its good rating". */
const NEGATION =
  /\b(?:not|never|no longer|cannot|failed to|fails to|fail to|lost|loses|losing|lose|stripped|without|rather than|instead of|falls? short)\b|n't\b/iu;

/** Grades given as a range or alternatives ("good or outstanding", "good or better") are not one grade. */
const RANGE_AFTER = /^\s*(?:or|and above|or above|or better|or higher|to|-|–)\b/iu;

/** Where a new clause starts: the grade's subject lies after it. */
const CLAUSE_BREAK =
  /[;:!?—]|\s–\s|\b(?:that|after|because|although|though|while|whilst|when|since|but|where|and said|said|says)\b/giu;

/** Where a list of graded areas ends: a new clause, a time phrase, an attribution. */
const AREA_END = new RegExp(
  '[.;:!?()"“”]|,\\s*(?=(?:with|after|while|which|who|where|but|as|following|according|despite|although|though|said|says|when|because|since|it|this|inspectors?|the report)\\b)' +
    "|\\s(?=(?:after|following|because|since|when|while|whilst|despite|although|though|which|who|whom|where|with|by|as|according|said|says|during|from|before|until|amid|than|under|last|this)\\b)" +
    "|\\s(?=(?:in|at|during|on)\\s+(?:its|their|the|a|an|our|his|her)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:inspection|report|visit|review|assessment)s?\\b)" +
    "|,\\s*(?=\\S+\\s+(?:finds|found|says|said|warns|reveals|claims|concludes|report|reports)\\b)" +
    "|\\s(?=in\\s+(?:\\p{L}+\\s+)?(?:19|20)\\d\\d\\b)|\\s[-–—]\\s",
  "u",
);

/** "at its previous inspection in 2017", "in its latest inspection": when, not what, was graded. */
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** "following a full inspection in February", "at its last inspection in 2017". */
const TIMING = new RegExp(
  "^\\s*(?:,\\s*)?(?:at|in|during|following|after|on)\\s+(?:its|their|the|our|his|her|a|an)\\s+((?:[\\p{L}\\d-]+\\s+){0,3}?)" +
    "(?:inspection|visit|report|review|assessment)s?\\b" +
    `(?:\\s+(?:in|on)\\s+(?:[\\p{L}\\d]+\\s+){0,2}?(?:(?:19|20)\\d\\d\\b|${MONTH}\\b))?`,
  "iu",
);
/** A parenthetical aside after a grade: "rated poor – the lowest possible score – for …", "(the lowest grade)". */
const ASIDE = /^\s*(?:[–—]|\s-|\()\s*[^–—()]{1,60}?\s*(?:[–—]|-\s|\))/u;
const YEAR = new RegExp(
  `^\\s*(?:(?:in|on|during)\\s+(?:(?:early|mid|late|the)\\s+)?(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+(?:19|20)\\d\\d)?|` +
    "in\\s+(?:\\p{L}+\\s+)?(?:19|20)\\d\\d|last year|this year|in the past|" +
    "for (?:the )?(?:[\\p{L}\\d]+ )?(?:consecutive )?(?:time|inspection|year)s?(?: in a row| running)?|again)\\b",
  "iu",
);
const PREVIOUS_WORDS = /\b(?:previous|last|prior|earlier|former)\b/iu;

const OVERALL_AFTER =
  /^\s*(?:,\s*)?(?:overall|across the board|in all areas|in every area|(?:for|in) all (?:key questions|areas|categories|judgements))\b/iu;

/** A sentence opening on the previous inspection: "Following our previous inspection in May 2019, …". */
const PREVIOUS_OPENING =
  /^\s*(?:following|at|in|during|after)\s+(?:our|its|the|their|his|her)\s+(?:previous|last|prior|earlier)\s+(?:[\p{L}]+\s+)?(?:inspection|visit)\b/iu;

/** Subjects that are the inspected body (or a pronoun for it), not one of its graded areas. */
const BODY_WORDS =
  /\b(?:school|academy|college|nursery|practice|surgery|home|service|provider|force|constabulary|police|trust|hospital|council|authority|centre|center|unit|prison|university|childminder|ward|clinic|pharmacy|agency|partnership|setting|organisation|organization|we|us|it|they)\b/iu;
const ACRONYM = /\b[\p{Lu}]{2,}\b/u;
/**
 * Auxiliaries and adverbs that end a subject before its verb ("Behaviour and attitudes, which have
 * also been…"): each one a whole word after commas or white space ("had been" is "had" and "been").
 */
const SUBJECT_TAIL_WORD =
  /^(?:has|have|had|was|were|is|are|been|be|being|all|both|also|now|previously|still|once|again|which|who|it|they|overall|today|just|recently|officially)$/iu;
const COMMA_OR_SPACE = /[\s,]/;

/**
 * `raw` without its tail of SUBJECT_TAIL_WORDs (each after commas or white space, then only white
 * space). One pass from the end: as one pattern, `(?:[\s,]+(?:had|been|had been|…))+\s*$`, the
 * overlapping "had been" made the engine's work double with each repetition.
 */
function withoutSubjectTail(raw: string): string {
  let cut = raw.length;
  let end = spaceRunStart(raw, raw.length);
  for (;;) {
    let start = end;
    while (start > 0 && !COMMA_OR_SPACE.test(raw.charAt(start - 1))) start--;
    if (start === 0 || start === end || !SUBJECT_TAIL_WORD.test(raw.slice(start, end))) break;
    let sep = start;
    while (sep > 0 && COMMA_OR_SPACE.test(raw.charAt(sep - 1))) sep--;
    cut = sep;
    end = sep;
  }
  return raw.slice(0, cut);
}

/** `text` without its trailing commas and white space (a scan, not `/[\s,]+$/`, which is quadratic on a long run). */
function trimCommasEnd(text: string): string {
  let end = text.length;
  while (end > 0 && COMMA_OR_SPACE.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
const PRONOUN_OBJECT = /^(?:us|it|them|him|her)$/iu;

interface AreaPhrase {
  text: string;
  start: number;
  end: number;
}

/** The areas of a list ("wellbeing, staff team and care planning", "being caring and for being well-led"). */
function splitAreas(text: string, offset: number): AreaPhrase[] {
  const out: AreaPhrase[] = [];
  const sep = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|plus)\s+/giu;
  let from = 0;
  const push = (to: number) => {
    const piece = text.slice(from, to);
    const lead =
      piece.match(/^\s*(?:(?:for|at|in|on|being|its|their|our|the|his|her)\s+)*/iu)?.[0].length ?? 0;
    const body = piece.slice(lead).trimEnd();
    if (/[\p{L}]/u.test(body))
      out.push({ text: body, start: offset + from + lead, end: offset + from + lead + body.length });
  };
  for (const m of text.matchAll(sep)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

interface Trailing {
  areas: AreaPhrase[];
  /** OVERALL ("good overall") or ALL_AREAS ("good in all areas"), when the grade says so. */
  whole?: string;
  previous: boolean;
  /** The year given with the grade ("in 2021"). */
  year?: number;
  end: number;
}

/**
 * Who gave the grade, between it and its areas: "rated Good by Ofsted for behaviour", "by the Care
 * Quality Commission", "by inspectors". Capitalised names (case matters) or the regulator's common nouns.
 */
const AGENT =
  /^\s*(?:,\s*)?by\s+(?:(?:the|its|their)\s+)?(?:[\p{Lu}][\p{L}'’&-]*(?:\s+(?:(?:of|for|and|the)\s+)*[\p{Lu}][\p{L}'’&-]*)*|inspectors?|regulators?|watchdogs?|inspectorates?)(?=[\s,.;:]|$)/u;

const TRAILING_JOINER = /\b(?:and|or|but|while|whereas|with|plus)$/iu;

/**
 * `text` without a trailing "and", "or", "with"… and the commas and white space around it: what
 * `text.replace(/[\s,]*(?:\b(?:and|or|…)\b)?[\s,]*$/iu, "")` did, in one scan from the end (that
 * pattern, tried from every position of a long run of commas, was cubic).
 */
function withoutTrailingJoiner(text: string): string {
  let end = text.length;
  while (end > 0 && COMMA_OR_SPACE.test(text.charAt(end - 1))) end--;
  // The longest joiner is 7 letters: 9 characters hold it and the character before it (for \b).
  const word = TRAILING_JOINER.exec(text.slice(Math.max(0, end - 9), end));
  if (word) {
    end -= word[0].length;
    while (end > 0 && COMMA_OR_SPACE.test(text.charAt(end - 1))) end--;
  }
  return text.slice(0, end);
}

/** What follows a grade: "for A, B and C", "at preventing crime", "overall", "at its previous inspection in 2017". */
function trailingAreas(text: string, from: number, limit: number): Trailing {
  const result: Trailing = { areas: [], previous: false, end: from };
  let pos = from;
  const rest = () => text.slice(pos, limit);
  const timing = () => {
    const aside = rest().match(ASIDE);
    if (aside && !/[.;:!?]/.test(aside[0])) {
      pos += aside[0].length;
      result.end = pos;
    }
    const agent = rest().match(AGENT);
    if (agent) {
      pos += agent[0].length;
      result.end = pos;
    }
    const t = rest().match(TIMING);
    if (t) {
      if (PREVIOUS_WORDS.test(t[1] ?? "")) result.previous = true;
      const year = t[0].match(/\b(?:19|20)\d\d\b/);
      if (year) result.year = Number(year[0]);
      pos += t[0].length;
      result.end = pos;
    }
    const y = rest().match(YEAR);
    if (y) {
      const year = y[0].match(/\b(?:19|20)\d\d\b/);
      if (year) result.year = Number(year[0]);
      pos += y[0].length;
      result.end = pos;
    }
  };
  // "a G1 governance rating": the grade's noun, with the area word a code carries before it.
  const noun = rest().match(/^\s*(?:[\p{L}]+\s+)?(?:rating|grade|judge?ment)s?\b/iu);
  if (noun) {
    pos += noun[0].length;
    result.end = pos;
  }
  timing();
  const overall = rest().match(OVERALL_AFTER);
  if (overall) {
    result.whole = /\boverall\b/iu.test(overall[0]) ? OVERALL : ALL_AREAS;
    pos += overall[0].length;
    result.end = pos;
    const and = rest().match(/^\s*(?:,\s*)?(?:and|but)\s+(?=(?:for|at|in)\s)/iu);
    if (and) pos += and[0].length;
  }
  timing();
  const prep = rest().match(/^\s*(?:,\s*)?(?:for|at|in|across|on)\s+/iu);
  if (prep && !result.whole) {
    const start = pos + prep[0].length;
    const tail = text.slice(start, limit);
    const stop = tail.search(AREA_END);
    let areaText = stop < 0 ? tail : tail.slice(0, stop);
    areaText = withoutTrailingJoiner(areaText);
    const areas = splitAreas(areaText, start);
    if (areas.length > 0) {
      result.areas = areas;
      pos = start + areaText.length;
      result.end = pos;
      timing();
    }
  }
  return result;
}

/** Words that bring the sentence back to the current inspection after an earlier one is named. */
const NOW_AGAIN = /\b(?:now|currently|today|this (?:inspection|time|visit|year)|latest|new|since)\b/iu;

const EARLIER_CONTEXT_ALL = new RegExp(EARLIER_CONTEXT.source, "giu");
const NOW_AGAIN_ALL = new RegExp(NOW_AGAIN.source, "giu");
const ASPIRATION_ALL = new RegExp(ASPIRATION.source, "giu");
const OTHER_BODIES_ALL = new RegExp(OTHER_BODIES.source, "giu");

/**
 * What pressGradeClaims asks of the text before each grade — where clauses break, whether an aim or
 * another body was named, where an earlier inspection was — found in one pass over the sentence, so
 * that n grades in a sentence cost n lookups rather than n re-scans of the sentence so far.
 */
interface SentenceScan {
  clauseBreakEnds: number[];
  earlierContext: Array<[number, number]>;
  nowAgain: Array<[number, number]>;
  aspirations: Array<[number, number]>;
  otherBodies: Array<[number, number]>;
}

function scanSentence(sentence: string): SentenceScan {
  return {
    clauseBreakEnds: matchRanges(CLAUSE_BREAK, sentence).map(([, end]) => end),
    earlierContext: matchRanges(EARLIER_CONTEXT_ALL, sentence),
    nowAgain: matchRanges(NOW_AGAIN_ALL, sentence),
    aspirations: matchRanges(ASPIRATION_ALL, sentence),
    otherBodies: matchRanges(OTHER_BODIES_ALL, sentence),
  };
}

/** Where the text before a grade at `upTo` places it in an earlier inspection (EARLIER_CONTEXT), if it does. */
function earlierContextAt(scan: SentenceScan, upTo: number): number | undefined {
  const marker = lastRangeWithin(scan.earlierContext, 0, upTo);
  if (marker === undefined) return undefined;
  return someRangeWithin(scan.nowAgain, marker[1], upTo) ? undefined : marker[0];
}

/** Start of the clause holding offset `at`. */
function clauseStart(text: string, scan: SentenceScan, at: number): number {
  const ends = scan.clauseBreakEnds;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] as number) <= at) lo = mid + 1;
    else hi = mid;
  }
  let start = lo > 0 ? (ends[lo - 1] as number) : 0;
  while (start < at && /\s/.test(text.charAt(start))) start++;
  return start;
}

/**
 * How far before a grade the short patterns that end at it (FROM_BEFORE, COPULA_BEFORE, GIVEN_BEFORE,
 * "which … good") are tried: each is a few words, and a bounded window keeps them linear.
 */
const WORDS_BEFORE_REACH = 200;

/** The subject before a grading verb, trimmed of auxiliaries: "Behaviour and attitudes, … provision". */
function subjectBefore(text: string, from: number, to: number): AreaPhrase | undefined {
  const raw = withoutSubjectTail(text.slice(from, to));
  const lead = raw.match(/^\s*(?:(?:a|an|the|overall,?)\s+)?/iu)?.[0].length ?? 0;
  const body = trimCommasEnd(raw.slice(lead));
  if (!/[\p{L}]/u.test(body) || body.split(/\s+/).length > 14) return undefined;
  return { text: body, start: from + lead, end: from + lead + body.length };
}

/**
 * Every (area, grade) a sentence states: "CQC rated us Good for being caring and for being well-led" →
 * caring – good, well-led – good; "received grades of adequate for wellbeing and staff team, and good for
 * leadership" → four claims; "Behaviour and attitudes and personal development were all judged to be
 * Good" → the subject's areas; "was rated good at its previous inspection" → previous inspection – good;
 * "branded inadequate at responding to the public". Aims ("aims to be rated outstanding"), denials,
 * ranges ("good or outstanding") and grades of other bodies ("its sister school") are left out.
 * Offsets are into `sentence`.
 */
export function pressGradeClaims(sentence: string): GradeClaim[] {
  const claims: GradeClaim[] = [];
  if (TEASER.test(sentence)) return claims;
  const mentions = mentionsOf(sentence);
  const scan = scanSentence(sentence);
  let previousEnd = -1;
  let previousWasFrom = false;
  mentions.forEach((m, i) => {
    const limit = mentions[i + 1]?.start ?? sentence.length;
    const clause = clauseStart(sentence, scan, m.start);
    const before = sentence.slice(clause, m.start);
    const after = sentence.slice(m.end, limit);
    const trigger = triggerBefore(before);
    const chained =
      previousEnd >= 0 &&
      /^\s*(?:[,;]\s*)?(?:(?:and|but|while|whereas|with|plus|to)\s+)?(?:(?:it was|was|were|is|are|rated|graded|judged|as)\s+)?$/iu.test(
        sentence.slice(previousEnd, m.start),
      ) &&
      (previousWasFrom || !/^\s*(?:[,;]\s*)?to\s*$/iu.test(sentence.slice(previousEnd, m.start)));
    const from = endsWithin(FROM_BEFORE, before, before.length, WORDS_BEFORE_REACH);
    const nounAfter = GIVEN_AFTER.test(after);
    const givenAt = nounAfter
      ? Math.max(
          searchEndingWithin(GIVEN_BEFORE, before, before.length, WORDS_BEFORE_REACH),
          searchEndingWithin(GIVEN_TO_BEFORE, before, before.length, WORDS_BEFORE_REACH),
        )
      : -1;
    const given = givenAt >= 0;
    const code = codeArea(m.grade);
    // "poor" is everyday criticism ("poor attendance", "were poor in places"): a grade only when given.
    const everyday = m.grade === "poor";
    const copulaAt =
      AREA_PREPOSITION.test(after) && !everyday
        ? searchEndingWithin(COPULA_BEFORE, before, before.length, WORDS_BEFORE_REACH)
        : -1;
    const copula = copulaAt >= 0;
    const quotedAt =
      !everyday && sentence.charAt(m.start) !== sentence.charAt(m.wordsStart) && AREA_PREPOSITION.test(after);
    const predicate =
      m.grade === "requires improvement" &&
      /^requires?\b/iu.test(sentence.slice(m.wordsStart)) &&
      /[\p{L}]/u.test(before) &&
      !endsWithin(
        /\b(?:which|that|who|what|where|areas?|aspects?|things?)\s*$/iu,
        before,
        before.length,
        WORDS_BEFORE_REACH,
      );
    // The earlier value of the grade just claimed: "reasonably good, up from poor in 2021".
    const last = claims[claims.length - 1];
    const earlierOf =
      previousEnd >= 0 && last && EARLIER_GAP.test(sentence.slice(previousEnd, m.start))
        ? claims.filter((c) => c.gradeStart === last.gradeStart)
        : undefined;
    // A code names its own area: "a C3 grade", "our G1 governance rating".
    const codeNamed = code !== undefined && nounAfter;
    const graded =
      trigger || chained || from || given || copula || quotedAt || predicate || earlierOf || codeNamed;
    if (
      !graded ||
      (everyday && POOR_NOUN.test(sentence.slice(m.end))) ||
      someRangeWithin(scan.aspirations, 0, m.start) ||
      someRangeWithin(scan.otherBodies, clause, m.start) ||
      NEGATION.test(trigger ? before.slice(Math.max(0, (trigger.index ?? 0) - 20)) : before.slice(-25)) ||
      (RANGE_AFTER.test(after) && !from) ||
      endsWithin(/\b(?:or|between)\s*$/iu, before, before.length, WORDS_BEFORE_REACH)
    ) {
      previousEnd = -1;
      return;
    }
    const trail = trailingAreas(sentence, m.end, limit);
    const verbStart =
      clause + (trigger ? (trigger.index ?? 0) : given ? givenAt : copula ? copulaAt : before.length);
    // "was previously rated good": the adverb just before the verb, or anywhere between verb and grade.
    const verbGroup = sentence.slice(Math.max(clause, verbStart - 20), m.start);
    const context = earlierContextAt(scan, m.start);
    const previous =
      from ||
      trail.previous ||
      context !== undefined ||
      /\bpreviously\b/iu.test(verbGroup) ||
      (claims.length === 0 && !chained && PREVIOUS_OPENING.test(sentence));
    const base = {
      grade: m.grade,
      gradeStart: m.start,
      gradeEnd: m.end,
      ...(trail.year !== undefined ? { year: trail.year } : {}),
    };
    const end = Math.max(trail.end, m.end);
    if (earlierOf) {
      // The same areas, at the earlier inspection (the overall grade's earlier value is PREVIOUS).
      for (const c of earlierOf) {
        const overall = c.area === OVERALL || c.area === PREVIOUS;
        claims.push({
          ...base,
          area: overall ? PREVIOUS : c.area,
          orOverall: false,
          ...(overall ? {} : { previous: true }),
          start: m.start,
          end,
        });
      }
    } else if (code) {
      // A code's area is its letter's, whatever the sentence calls it ("for consumer standards").
      const start = chained ? m.start : verbStart;
      claims.push({
        ...base,
        area: code,
        orOverall: false,
        ...(previous ? { previous: true } : {}),
        start: context !== undefined ? Math.min(start, context) : start,
        end,
      });
    } else if (chained) {
      // "…, and good for leadership": the areas after this grade, or else the previous grade's areas are not shared.
      const start = m.start;
      if (previous || trail.whole || trail.areas.length === 0) {
        if (trail.whole || previousWasFrom)
          claims.push({ ...base, area: trail.whole ?? OVERALL, orOverall: false, start, end });
      } else {
        for (const a of trail.areas)
          claims.push({ ...base, area: canonicalArea(a.text), orOverall: false, start, end });
      }
    } else {
      // The graded thing opens the clause (its subject) or follows the verb ("rated the practice good").
      const object = trigger?.[1]
        ?.replace(
          /\b(?:as|to|be|being|been|of|a|an|overall|all|both|also|again|now|still|once|previously|only|just)\b/giu,
          " ",
        )
        .trim();
      const subject = subjectBefore(sentence, clause, verbStart);
      // An earlier inspection named before the grade ("last inspected in 2016, when it was judged
      // good") belongs to the statement: its words are the grade rule's.
      const start = Math.min(subject ? clause : verbStart, context ?? sentence.length);
      const overallSubject = /\boverall\b/iu.test(sentence.slice(clause, verbStart));
      if (previous && trail.areas.length > 0) {
        for (const a of trail.areas)
          claims.push({ ...base, area: canonicalArea(a.text), orOverall: false, previous: true, start, end });
      } else if (previous) claims.push({ ...base, area: PREVIOUS, orOverall: false, start, end });
      else if (trail.areas.length > 0) {
        for (const a of trail.areas)
          claims.push({ ...base, area: canonicalArea(a.text), orOverall: false, start, end });
        if (trail.whole) claims.push({ ...base, area: trail.whole, orOverall: false, start, end });
      } else if (trail.whole || overallSubject) {
        claims.push({ ...base, area: trail.whole ?? OVERALL, orOverall: false, start, end });
      } else if (object && !PRONOUN_OBJECT.test(object)) {
        claims.push({ ...base, area: canonicalArea(object), orOverall: true, start, end });
      } else if (object || !subject) {
        claims.push({ ...base, area: OVERALL, orOverall: false, start, end });
      } else {
        // "Behaviour and attitudes, personal development and early years provision were all judged…"
        const areas = splitAreas(subject.text, subject.start);
        const body = BODY_WORDS.test(subject.text) || ACRONYM.test(subject.text);
        if (areas.length > 1 && !body) {
          for (const a of areas)
            claims.push({ ...base, area: canonicalArea(a.text), orOverall: false, start, end });
        } else claims.push({ ...base, area: canonicalArea(subject.text), orOverall: body, start, end });
      }
    }
    previousEnd = end;
    previousWasFrom = from;
    // "…, with the same grade for A, B and C": the grade again, for those areas.
    const same = sentence.slice(end, limit).match(SAME_GRADE);
    const lastClaim = claims[claims.length - 1];
    if (same && lastClaim && lastClaim.gradeStart === m.start) {
      const from2 = end + same[0].length;
      const tail = sentence.slice(from2, limit);
      const stop = tail.search(AREA_END);
      const areaText = (stop < 0 ? tail : tail.slice(0, stop)).replace(/[\s,]+$/u, "");
      const areas = splitAreas(areaText, from2);
      for (const a of areas)
        claims.push({
          ...lastClaim,
          area: canonicalArea(a.text),
          orOverall: false,
          end: from2 + areaText.length,
        });
      if (areas.length > 0) previousEnd = from2 + areaText.length;
    }
  });
  return claims;
}

/** "poor attendance", "judged poor behaviour to be…": "poor" before a noun describes it, it is no grade. */
const POOR_NOUN =
  /^\s*(?!(?:for|at|in|on|overall|by|across|and|but|with|from|after|since|when|while|last|this|as|to|or|up|down|again|once)\b)[\p{L}]/iu;

/** "with the same grade for", "and the same rating for": the grade just given, for more areas. */
const SAME_GRADE =
  /^\s*[,;]?\s*(?:with|and)\s+(?:(?:the|a)\s+)?same\s+(?:grade|rating|judge?ment|score)\s+(?:for|in|given to|awarded to)\s+/iu;

// ---------------------------------------------------------------------------------------------
// The letter's grades.

/** One (area, grade) the letter states, with the sentence(s) stating it. Offsets are into the letter. */
export interface GradeStatement {
  area: string;
  grade: Grade;
  /** Index of the (first) letter sentence stating it. */
  sentence: number;
  /** Every letter sentence the statement spans (a table row may be cut at its "?"). */
  sentences: number[];
  start: number;
  end: number;
  /** "table" for a grades table row, "prose" for a sentence. */
  form: "table" | "prose";
  /** An earlier inspection's grade for the area (a table's earlier column, "in which … was assessed as"). */
  previous?: boolean;
  /** The year of the column or sentence ("2021" over an earlier column). */
  year?: number;
}

/** A short heading-like area: no full stop, few words, no finite verb unless it is a question. */
function isAreaHeading(area: string): boolean {
  const a = area.trim();
  // A comma reads as prose, except in a question heading ("How good is our care, play and learning?").
  if (!a || a.length > 90 || /[.;!]$/.test(a) || (/,/.test(a) && !/\?$/.test(a))) return false;
  // Up to 13 words: some regulators name a judgement in a long phrase (invented: "The progress and
  // outcomes of young people leaving the care of the council", 12 words); prose is kept out by the
  // verbs, commas and full stops tested here.
  if (a.split(/\s+/).length > 13) return false;
  if (!/^[\p{Lu}\d]/u.test(a)) return false;
  if (/\b(?:is|are|was|were|we|use|has|have|does)\b/iu.test(a) && !/\?$/.test(a)) return false;
  return /[\p{L}]/u.test(a) && !/^(?:no|none|n\/a|not applicable)\b/iu.test(a);
}

const GRADE_CELL = `(?:([1-6])\\s*[-–—:]?\\s*)?(${GRADE_ALT})`;
/**
 * "Overall effectiveness Requires improvement", "Are services caring?<TAB>Good", "Caring - good",
 * "How good is our leadership?<TAB>4 - Good", and a pasted or markdown cell "Caring | Good".
 */
const ROW_AREA_GRADE = new RegExp(
  `^(.+?)(?:\\t+|\\s+[-–—:|]\\s+|\\s{2,}|\\s+|(?<=\\?)\\s*)${GRADE_CELL}\\s*$`,
  "iu",
);
/** "Good<TAB>Preventing crime" (HMICFRS lists grades first). */
const ROW_GRADE_AREA = new RegExp(`^${GRADE_CELL}(?:\\t+|\\s+[-–—:]\\s+|\\s{2,})(.+)$`, "iu");
/** A line holding only a grade, under its area heading. */
const ROW_GRADE_ONLY = new RegExp(`^${GRADE_CELL}$`, "iu");

interface Line {
  start: number;
  end: number;
  text: string;
  indented: boolean;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  for (const piece of text.split("\n")) {
    const raw = piece.replace(/\r$/, "");
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    out.push({
      start: from + lead,
      end: from + lead + body.length,
      text: body,
      indented: /^\t|^ {2,}/.test(raw),
    });
    from += piece.length + 1;
  }
  return out;
}

function gradeCell(digit: string | undefined, words: string): Grade | undefined {
  const g = gradeOf(words);
  if (g && digit && SIX_POINT[digit] !== g) return undefined;
  return g;
}

/** Table cells: split at tabs or runs of two or more spaces. */
const CELL_BREAK = /\t+|\s{2,}/;
const WHOLE_GRADE_CELL = new RegExp(`^${GRADE_CELL}$`, "iu");

/** Each cell's grade when every cell after the first is a grade, else undefined. */
function gradeCells(cells: string[]): Grade[] | undefined {
  const grades: Grade[] = [];
  for (const c of cells.slice(1)) {
    const m = c.match(WHOLE_GRADE_CELL);
    const g = m ? gradeCell(m[1], m[2] as string) : undefined;
    if (!g) return undefined;
    grades.push(g);
  }
  return grades;
}

/**
 * Which grade column of a table with several is the current inspection's, from its header: years
 * ("Healthy prison area  2021  2024": the latest), or words ("Previous  Current", "Last inspection
 * This inspection"). Each column: previous or not, and its year. Undefined when the header does not
 * say (then the row's grades cannot be placed in time, and none is read).
 */
function gradeColumns(header: string[], count: number): { previous: boolean; year?: number }[] | undefined {
  const heads = header.slice(header.length - count);
  if (heads.length !== count) return undefined;
  const years = heads.map((h) => h.match(/^(?:19|20)\d\d$/)?.[0]);
  if (years.every((y) => y !== undefined)) {
    const latest = Math.max(...years.map(Number));
    return years.map((y) => ({ previous: Number(y) !== latest, year: Number(y) }));
  }
  const earlier = heads.map((h) => /\b(?:previous|last|prior|earlier|before|then)\b/iu.test(h));
  const now = heads.map((h) => /\b(?:current|this|now|latest|new)\b/iu.test(h));
  if (earlier.every((e, i) => e !== now[i])) return earlier.map((previous) => ({ previous }));
  return undefined;
}

/** Rows of a grades table: area and grade on a line, grade first with continuation lines, or grade under its heading. */
function tableStatements(text: string): Omit<GradeStatement, "sentence" | "sentences">[] {
  const out: Omit<GradeStatement, "sentence" | "sentences">[] = [];
  const lines = linesOf(text);
  let carried: Grade | undefined;
  lines.forEach((line, i) => {
    if (!line.text) {
      carried = undefined;
      return;
    }
    const push = (area: string, grade: Grade) =>
      out.push({ area: canonicalArea(area), grade, start: line.start, end: line.end, form: "table" });
    // A row with a grade per inspection ("Safety  Poor  Not sufficiently good" under "Area  2021  2024").
    const cells = line.text.split(CELL_BREAK);
    const several = cells.length >= 3 ? gradeCells(cells) : undefined;
    if (several && isAreaHeading(cells[0] as string)) {
      const header = lines
        .slice(0, i)
        .reverse()
        .find((l) => l.text && !gradeCells(l.text.split(CELL_BREAK)));
      const columns = header ? gradeColumns(header.text.split(CELL_BREAK), several.length) : undefined;
      several.forEach((grade, c) => {
        const col = columns?.[c];
        if (!col) return;
        const area = canonicalArea(cells[0] as string);
        out.push({
          area: col.previous && area === OVERALL ? PREVIOUS : area,
          grade,
          start: line.start,
          end: line.end,
          form: "table",
          ...(col.previous && area !== OVERALL ? { previous: true } : {}),
          ...(col.year !== undefined ? { year: col.year } : {}),
        });
      });
      carried = undefined;
      return;
    }
    const reversed = line.text.match(ROW_GRADE_AREA);
    if (reversed) {
      const grade = gradeCell(reversed[1], reversed[2] as string);
      const areas = (reversed[3] as string).split(/\s*[;,]\s*/).filter(isAreaHeading);
      if (grade) {
        for (const a of areas) push(a, grade);
        carried = grade;
        return;
      }
    }
    const only = line.text.match(ROW_GRADE_ONLY);
    if (only) {
      const grade = gradeCell(only[1], only[2] as string);
      const heading = lines
        .slice(0, i)
        .reverse()
        .find((l) => l.text);
      if (grade && heading && isAreaHeading(heading.text) && !heading.text.match(ROW_AREA_GRADE)) {
        out.push({
          area: canonicalArea(heading.text),
          grade,
          start: heading.start,
          end: line.end,
          form: "table",
        });
      }
      carried = undefined;
      return;
    }
    const row = line.text.match(ROW_AREA_GRADE);
    if (row && isAreaHeading(row[1] as string)) {
      const grade = gradeCell(row[2], row[3] as string);
      if (grade) push(row[1] as string, grade);
      carried = undefined;
      return;
    }
    // "<TAB>Developing a positive workplace" under "Good<TAB>Preventing crime": the same grade.
    if (carried && line.indented && isAreaHeading(line.text)) {
      push(line.text, carried);
      return;
    }
    carried = undefined;
  });
  return out;
}

/** "this key question", "this area": the area of the nearest heading above. */
const AREA_REFERENCE =
  /^(?:this|that|the)\s+(?:key question|question|area|quality indicator|theme|domain|judgement|judgment)$/iu;

/**
 * Every (area, grade) the letter states, from its grades table and its prose ("Overall, the practice is
 * rated as requires improvement", "Westmarch Police is good at preventing crime", "We evaluated this key
 * question as weak" under "How good is our setting?"). An area-less grade is area "overall".
 */
export function letterGrades(text: string, sentences: Sentence[]): GradeStatement[] {
  const overlapping = (start: number, end: number) =>
    sentences.filter((s) => s.start < end && start < s.end).map((s) => s.index);
  const rows = tableStatements(text);
  // Rows whose area name a PDF wrapped over several lines (wrappedRows.ts), where no row was read.
  for (const w of wrappedRows(text))
    if (!rows.some((r) => r.start < w.end && w.start < r.end))
      rows.push({ area: canonicalArea(w.area), grade: w.grade, start: w.start, end: w.end, form: "table" });
  const table = rows.flatMap((t) => {
    const idx = overlapping(t.start, t.end);
    return idx.length > 0 ? [{ ...t, sentence: idx[0] as number, sentences: idx }] : [];
  });
  const tableAreas = table.map((t) => t.area);
  const prose: GradeStatement[] = [];
  for (const s of sentences) {
    if (s.role !== "body" && s.role !== "list-item") continue;
    if (table.some((t) => t.sentences.includes(s.index))) continue;
    for (const c of pressGradeClaims(s.text)) {
      let area = c.area;
      if (AREA_REFERENCE.test(area)) {
        const above = [...table, ...prose]
          .filter((t) => t.start < s.start)
          .sort((a, b) => b.start - a.start)[0];
        if (!above) continue;
        area = above.area;
      } else if (c.orOverall && !tableAreas.some((t) => areaMatch(area, t) > 0)) {
        area = OVERALL;
      }
      prose.push({
        area,
        grade: c.grade,
        sentence: s.index,
        sentences: [s.index],
        start: s.start + c.start,
        end: s.start + c.end,
        form: "prose",
        ...(c.previous ? { previous: true } : {}),
        ...(c.year !== undefined ? { year: c.year } : {}),
      });
    }
  }
  return [...table, ...prose].sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Judging a press sentence's grades.

export interface GradeJudgement extends Judgement {
  kind: "paraphrase" | "unsupported" | "not-checked";
  /** The grades the press sentence claims (offsets into the sentence's text). */
  claims: GradeClaim[];
}

const statementsCache = new WeakMap<LetterContext, GradeStatement[]>();

/** The letter's grade statements, once per letter: the grade rules and the grade summary both read them. */
export function statementsOf(ctx: LetterContext): GradeStatement[] {
  const s = statementsCache.get(ctx) ?? letterGrades(ctx.text, ctx.sentences);
  statementsCache.set(ctx, s);
  return s;
}

/** The letter statements about the area a claim names; none when the letter does not grade it. */
function statementsFor(claim: GradeClaim, all: GradeStatement[]): GradeStatement[] {
  // A year the claim gives picks the letter's grades of that year where the letter dates them ("up
  // from poor in 2021" against the 2021 column); otherwise earlier grades answer only earlier claims.
  const dated = claim.year !== undefined && all.some((s) => s.year === claim.year);
  const earlier = (x: { area: string; previous?: boolean }) => x.previous === true || x.area === PREVIOUS;
  const statements = dated
    ? all.filter((s) => s.year === claim.year)
    : all.filter((s) => earlier(s) === earlier(claim));
  const whole = (area: string) => area === OVERALL || area === PREVIOUS;
  if (whole(claim.area)) return statements.filter((s) => whole(s.area));
  if (claim.area === ALL_AREAS) {
    return statements.filter((s) => s.area !== OVERALL && s.area !== PREVIOUS && s.area !== ALL_AREAS);
  }
  const scored = statements
    .map((s) => ({ s, score: areaMatch(claim.area, s.area) }))
    .filter((x) => x.score > 0);
  const best = Math.max(0, ...scored.map((x) => x.score));
  if (best > 0) return scored.filter((x) => x.score === best).map((x) => x.s);
  return claim.orOverall ? statements.filter((s) => whole(s.area)) : [];
}

/** The grade words the letter's text uses anywhere (cached per letter). */
const wordsCache = new WeakMap<LetterContext, Set<Grade>>();
function gradeWordsOf(ctx: LetterContext): Set<Grade> {
  let w = wordsCache.get(ctx);
  if (!w) {
    w = new Set(mentionsOf(ctx.text).map((m) => m.grade));
    wordsCache.set(ctx, w);
  }
  return w;
}

function describe(area: string): string {
  return area === OVERALL ? "overall" : area;
}

/**
 * A claimed area cut short ("provision for learners" before "with high needs", where a list of areas
 * usually ends) is extended over the rest of the letter's name for it when the sentence goes on with
 * exactly those words, and then over a following "following a full inspection in May": the grade rule
 * accounts for them. Mutates the claim's end.
 */
function extendToArea(text: string, claim: GradeClaim, found: GradeStatement[]): void {
  const words = claim.area.split(/\s+/);
  const lastWord = words[words.length - 1] ?? "";
  for (const s of found) {
    const at = s.area.lastIndexOf(lastWord);
    if (!lastWord || at < 0) continue;
    const rest = s.area.slice(at + lastWord.length);
    if (!rest.trim()) continue;
    const next = text.slice(claim.end, claim.end + rest.length);
    if (next.toLowerCase().replace(/\s+/g, " ") !== rest.replace(/\s+/g, " ")) continue;
    claim.end += rest.length;
    const timing = text.slice(claim.end).match(TIMING);
    if (timing) claim.end += timing[0].length;
    return;
  }
}

const isEarlier = (c: GradeClaim) => c.previous === true || c.area === PREVIOUS;

/** Only earlier inspections' grades, which the letter does not give: not a claim about this letter. */
function earlierOnly(claims: GradeClaim[]): GradeJudgement {
  const years = [...new Set(claims.flatMap((c) => (c.year !== undefined ? [c.year] : [])))];
  return {
    kind: "not-checked",
    flags: [],
    letter: [],
    similarity: 0,
    claims,
    reason: `reports an earlier inspection's grade${years.length ? ` (${years.join(", ")})` : ""}, which this letter does not give`,
  };
}

/**
 * When a press sentence claims grades: "paraphrase" when the letter gives every claimed area that
 * grade; "unsupported" when the letter grades a claimed area (or the overall grade) otherwise — a false
 * grade is the worse error, so one contradiction decides; also "unsupported" when the press grades
 * named areas ("excellent in four of the five inspection areas") and the letter grades nothing and never
 * uses that grade word (a framework without grades). "not-checked" when every grade claimed is an
 * earlier inspection's and the letter does not state it (an earlier grade is checked only against the
 * letter's earlier grades, never its current ones). Undefined when the sentence claims no grade or names
 * an area the letter does not grade (the other rules decide).
 */
/**
 * The inspected body under its own name: "Oakfield Primary has been rated good", "Larkstone was judged
 * outstanding" grade the whole body, though no body word ("school", "practice") says so. A subject
 * names the body when the letter writes the same words as a capitalised name inside a sentence
 * ("Inspection of Oakfield Primary School", "pupils enjoy coming to Larkstone"), after a lower-case
 * word on the same line — not at a sentence's or a line's start, where an area word is capitalised too
 * ("Reading is a priority", under a "Good" heading). Such a claim is
 * still matched to a graded area of the same name first (statementsFor), and to the overall grade
 * only when none matches.
 */
function namesInspectedBody(ctx: LetterContext, area: string): boolean {
  const words = area.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5 || words.some((w) => !/^[\p{L}'’.-]+$/u.test(w))) return false;
  const name = words
    .map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1).replace(/\./g, "\\.")}`)
    .join("\\s+");
  return new RegExp(`(?<=[\\p{Ll},][ \\t]+)${name}(?![\\p{L}])`, "u").test(ctx.text);
}

/**
 * An area led by the inspected body's name, "Fernley care leavers service" or "Fernley's fostering
 * service": the name only says whose area it is, so the area is the rest ("care leavers service"),
 * matched to the letter's graded areas like any other. Undefined when no leading name is found.
 */
function withoutBodyName(ctx: LetterContext, area: string): string | undefined {
  const words = area.split(/\s+/).filter(Boolean);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const name = words
      .slice(0, n)
      .join(" ")
      .replace(/['’]s$/u, "");
    if (name && namesInspectedBody(ctx, name)) return canonicalArea(words.slice(n).join(" "));
  }
  return undefined;
}

export function judgeGrades(ctx: LetterContext, sentence: Sentence): GradeJudgement | undefined {
  const claims = pressGradeClaims(sentence.text)
    .map((c) => {
      const rest =
        c.area !== OVERALL && c.area !== PREVIOUS && c.area !== ALL_AREAS
          ? withoutBodyName(ctx, c.area)
          : undefined;
      return rest ? { ...c, area: rest } : c;
    })
    .map((c) =>
      !c.orOverall &&
      c.area !== OVERALL &&
      c.area !== PREVIOUS &&
      c.area !== ALL_AREAS &&
      namesInspectedBody(ctx, c.area)
        ? { ...c, orOverall: true }
        : c,
    );
  if (claims.length === 0) return undefined;
  const statements = statementsOf(ctx);
  if (statements.length === 0) {
    const words = gradeWordsOf(ctx);
    const named = claims.find(
      (c) =>
        !isEarlier(c) && c.year === undefined && !c.orOverall && c.area !== OVERALL && !words.has(c.grade),
    );
    if (named) {
      return {
        kind: "unsupported",
        flags: [],
        letter: [],
        similarity: 0,
        claims,
        reason: `the letter grades nothing (it never uses the grade "${named.grade}"), yet the press grades ${describe(named.area)}`,
      };
    }
    return claims.every(isEarlier) ? earlierOnly(claims) : undefined;
  }
  const matched: { claim: GradeClaim; found: GradeStatement[] }[] = [];
  let unknown = false;
  for (const claim of claims) {
    const about = statementsFor(claim, statements);
    if (about.length === 0) {
      // An earlier grade the letter does not state is set aside, never checked against current grades.
      if (!isEarlier(claim)) unknown = true;
      continue;
    }
    const same = about.filter((s) => s.grade === claim.grade);
    // An "all areas" claim needs every area to have the grade; any other claim, one statement of it.
    const contradicted = claim.area === ALL_AREAS ? same.length < about.length : same.length === 0;
    if (contradicted) {
      const other = about.find((s) => s.grade !== claim.grade) as GradeStatement;
      const letter = other.sentences.map((i) => ctx.sentences[i]).filter((s): s is Sentence => !!s);
      const area = describe(other.area);
      return {
        kind: "unsupported",
        flags: [],
        letter,
        similarity: 0,
        claims,
        reason:
          other.area === OVERALL
            ? `the letter's overall grade is ${other.grade}, not ${claim.grade}`
            : `the letter grades ${area} as ${other.grade}, not ${claim.grade}`,
      };
    }
    // The letter often states a grade twice (summary table, then the section): one of each form is enough.
    const shown = ["table", "prose"].flatMap((form) => same.find((s) => s.form === form) ?? []);
    matched.push({ claim, found: shown });
  }
  if (unknown) return undefined;
  if (matched.length === 0) return earlierOnly(claims);
  for (const m of matched) extendToArea(sentence.text, m.claim, m.found);
  const indexes = [...new Set(matched.flatMap((m) => m.found.flatMap((s) => s.sentences)))].sort(
    (a, b) => a - b,
  );
  const letter = indexes.map((i) => ctx.sentences[i]).filter((s): s is Sentence => !!s);
  const named = [...new Set(matched.flatMap((m) => m.found.map((s) => `${describe(s.area)} – ${s.grade}`)))];
  return {
    kind: "paraphrase",
    flags: [],
    letter,
    similarity: 1,
    claims,
    reason: `reports the letter's grades: ${named.join(", ")}`,
  };
}

/**
 * A press sentence whose grades the letter gives is about this letter: the rest of it ("…, with
 * inspectors noting that the manager was visible") counts as the letter's at a lower share of its
 * distinctive words than a sentence without that anchor needs (still with three shared words).
 */
export const GRADED_REST_SOURCED = 0.35;

/**
 * The words a claim's coverage leaves out (`isAttribution`), plus the words of the grade statements a
 * judgement checked ("Westmarch Police has been rated good at preventing crime"): the grade rule has
 * accounted for them, so the other rules weigh only the rest of the sentence ("after inspectors found
 * …"). Token offsets are into the sentence text, like the claims'.
 */
export function gradeWordsAside<T extends { start: number; end: number }>(
  isAttribution: (t: T) => boolean,
  graded: GradeJudgement | undefined,
): (t: T) => boolean {
  const spans = graded?.claims ?? [];
  if (spans.length === 0) return isAttribution;
  return (t) => isAttribution(t) || spans.some((c) => t.start >= c.start && t.end <= c.end);
}
