import { type Grade, gradeOf } from "../grades.js";
import { NUMBER_WORDS } from "../numbers.js";

/**
 * A grade as coverage writes it: the four-point scale's words, inflected ("required improvement",
 * "requiring improvement", "improvement required"), the words of the five- and six-point scales that
 * counts of areas use ("adequate or better in five of its nine graded areas", HMICFRS; "very good or
 * excellent for all four indicators", Education Scotland and the Care Inspectorate), and the scale's ends named instead of
 * the word ("the highest possible rating", "the lowest grade"). Group 1: an opening quote mark; group 2:
 * the words.
 */
const MENTION =
  /(["“”'‘’]?)\b(outstanding|very good|excellent|good|inadequate|adequate|weak|unsatisfactory|requir(?:es|ed|ing|e) improvement(?: to be good)?|improvement (?:required|needed)|(?:the )?(?:highest|top|lowest) (?:possible )?(?:rating|grade|ranking|judge?ment))\b/giu;

/**
 * Words that make a grade word a grade given (before it, in its clause): "rated", "judged … as", "moved
 * up to", "downgraded to".
 */
const CUE_BEFORE =
  /\b(?:rated|rating|ratings|graded|grading|grade|judged|judgement|judgment|ranked|ranking|branded|deemed|assessed|found|verdict|uplifted|upgraded|downgraded|moved|gets|given|gave|awarded|received|achieved|earned|retained|kept)\b/giu;
/** …or after it: "a 'good' grading", "gets good rating", "the Outstanding judgement". */
const CUE_AFTER = /^["”’']?\s*(?:rating|ratings|grade|grades|grading|judge?ment|verdict)\b/iu;
/** A quoted grade after a copula with no other cue: the regulator "says services are 'good'". */
const QUOTED_AFTER_COPULA = /\b(?:is|are|was|were|as|now)\s*$/iu;
/** A headline's grade right after the body graded: "… children's services 'outstanding'". */
const BODY_BEFORE = /\b(?:services?|council|authority|department|trust|provision)['’]?$/iu;
/** At most this many words make a sentence a headline. */
const HEADLINE_WORDS = 12;
/** The most words between a grading verb and its grade ("judged the overall effectiveness of X's services as"). */
const MAX_GAP_WORDS = 12;

/**
 * After a grade word, words that show it is an adjective of a noun ("good progress", "inadequate
 * plans"), not a grade: any lower-case word other than these.
 */
const GRADE_FOLLOWER =
  /^\s*(?:$|[^\p{L}\s]|(?:by|for|in|at|overall|after|following|across|and|with|from|since|on|as|rating|ratings|grade|grades|grading|judge?ment|verdict|again|today|once|this|last|under|to|or|but|when|while|amid)\b|[\p{Lu}])/u;

/** Negation just before the grade: "no longer inadequate", "not rated inadequate". */
const NEGATED_BEFORE =
  /\b(?:no longer|not|never|longer)\s+(?:(?:rated|judged|graded|be|been)\s+)?(?:as\s+)?["“'‘]?$/iu;

/** Background markers before a grade: "had been rated", "previously", "a decade ago", "formerly". */
const EARLIER_BEFORE =
  /\b(?:ago|previously|formerly|had been|used to be|last inspected|at the last inspection|at its last inspection|at the previous inspection|(?:a|its|the) (?:previous|former|earlier) (?:rating|grade|grading|judge?ment))\b/giu;
/** After an earlier marker, words that bring the clause back to now ("… in 2015, have since improved to"). */
const NOW_AGAIN =
  /\b(?:now|latest|new|today|again|moved|improved|uplifted|has been|have been|most recent|remained|remains|remain)\b/iu;
/** "since 2018": a year that starts the period up to now, not an earlier grade's date. */
const SINCE_BEFORE = /\bsince\b[^.;:]{0,60}$/iu;
/** The grade a change started from: "went from its overall rating of 'weak' to …". */
const FROM_BEFORE =
  /\bfrom\s+(?:(?:a|an|the|its|their)\s+)?(?:overall\s+)?(?:(?:grade|rating|judge?ment)\s+of\s+)?$/iu;
export const YEAR = /\b(?:19|20)\d\d\b/g;
/** A year just after the grade: "inadequate in 2019", "inadequate in 2016 and 2018". */
const YEAR_AFTER = /^["”’']?\s*(?:by [\p{L}]+\s+)?(?:in|since|during)\s+(?:[\p{L}]+\s+)?((?:19|20)\d\d)\b/iu;

/** Aims and forecasts name a grade without reporting one. */
const ASPIRATION =
  /\b(?:aims?|hopes?|target|ambition|wants?|will be|would be|could be|next inspection|working towards|on track|if|to (?:maintain|keep|retain|achieve|gain|secure|get))\b/iu;
/** Grades of other bodies or of many: "the only city with an outstanding rating", "few councils". */
const OTHER_BODIES =
  /\b(?:only|other|others|another|few|nationally|national average|across the country|annual report)\b|\b(?:one|a|\d{1,2}) in (?:every )?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b|\d\s*(?:%|per ?cent)/iu;
/** "the other three areas", "the remaining two categories": the body's own other areas, not other bodies. */
const OWN_OTHER_AREAS =
  /\bthe (?:other|remaining) (?:\w+ (?:main |key )?(?:areas?|categories|judge?ments)|one|area|category|being)\b/giu;
/** "with the other (one) being …": after a count, the one area left. */
export const THE_OTHER_ONE =
  /\bthe (?:other|remaining)(?: one| area| category)?\b(?! \w+ (?:areas|categories|judge?ments))/iu;

/** A count of areas: "in two of (the) five (graded) areas", "all but one area", "all five areas", "the other three areas". */
const COUNT_AREAS =
  "(?:main |key |inspected |inspection |judgement |graded |assessed )?(?:areas?|categories|category|judge?ments|aspects|domains|questions|standards)";
export const N_OF_M = new RegExp(`\\b(\\w+) (?:out )?of (?:the )?(\\w+) ${COUNT_AREAS}\\b`, "iu");
export const ALL_BUT_ONE = /\ball but one\b/iu;
export const ALL_N = new RegExp(
  `\\b(?:all|every|each)(?: (?:of )?(?:the )?(\\w+))? ${COUNT_AREAS}\\b|\\bacross the board\\b`,
  "iu",
);
export const OTHER_N = new RegExp(`\\bthe (?:other|remaining) (\\w+) ${COUNT_AREAS}\\b`, "iu");
export function numberOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  // A count of areas in words ("three of four"), read with the number words the figure rules know.
  return /^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w];
}

export interface Mention {
  grade: Grade;
  start: number;
  end: number;
  quoted: boolean;
  negated: boolean;
  earlier: boolean;
  /** The grade as the sentence writes it. */
  words: string;
  /** The year an earlier grade is given for ("inadequate in 2019"). */
  year?: number;
  aside: boolean;
}

function canonical(words: string): Grade | undefined {
  const w = words.toLowerCase();
  if (/\b(?:highest|top)\b/.test(w)) return "outstanding";
  if (/\blowest\b/.test(w)) return "inadequate";
  if (/improvement/.test(w)) return "requires improvement";
  return gradeOf(w);
}

/** The clause before `at`: back to the sentence's last full stop, semicolon or colon, at most 160 characters. */
export function clauseBefore(text: string, at: number): string {
  const from = Math.max(0, at - 160);
  const window = text.slice(from, at);
  const cut = Math.max(window.lastIndexOf(". "), window.lastIndexOf("; "), window.lastIndexOf(": "));
  return cut >= 0 ? window.slice(cut + 2) : window;
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The grades a sentence gives the inspected body, each placed in time. */
export function mentionsOf(text: string, letterYear: number | undefined): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const grade = canonical(m[2] as string);
    if (!grade) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    const before = clauseBefore(text, start + (m[1] ? 0 : 0));
    const after = text.slice(end, end + 60);
    const quoted = (m[1] ?? "") !== "";
    const scaleEnd = /\b(?:highest|top|lowest)\b/i.test(m[2] as string);
    // The closing quote mark is read away first: it is no punctuation that ends the grade.
    if (!scaleEnd && !GRADE_FOLLOWER.test(after.replace(/^["”’']/u, ""))) continue;
    let cueAt = -1;
    for (const c of before.matchAll(CUE_BEFORE)) cueAt = c.index;
    const cued =
      scaleEnd ||
      // The grade's full name is a grade whatever precedes it: "all require improvement to be good".
      /\bto be good$/iu.test(m[2] as string) ||
      // A headline drops the verb: "Borough's youth services 'good'", "Youth service good after …".
      (wordsIn(text) <= HEADLINE_WORDS && BODY_BEFORE.test(before.replace(/["“'‘]\s*$/u, "").trimEnd())) ||
      CUE_AFTER.test(after) ||
      (cueAt >= 0 && wordsIn(before.slice(cueAt)) <= MAX_GAP_WORDS) ||
      (quoted && QUOTED_AFTER_COPULA.test(before.replace(/["“'‘]\s*$/u, "")));
    if (!cued) continue;
    let earlier = false;
    let marker = -1;
    for (const e of before.matchAll(EARLIER_BEFORE)) marker = e.index + e[0].length;
    let year: number | undefined;
    for (const y of before.matchAll(YEAR)) {
      const since = SINCE_BEFORE.test(before.slice(0, y.index));
      if (letterYear !== undefined && Number(y[0]) < letterYear && !since) {
        marker = Math.max(marker, y.index + 4);
        year = Number(y[0]);
      }
    }
    if (FROM_BEFORE.test(before.replace(/["“'‘]\s*$/u, ""))) marker = before.length;
    if (marker >= 0 && !NOW_AGAIN.test(before.slice(marker))) earlier = true;
    const yearAfter = after.match(YEAR_AFTER);
    if (yearAfter && letterYear !== undefined && Number(yearAfter[1]) < letterYear) {
      earlier = true;
      year = Number(yearAfter[1]);
    }
    out.push({
      grade,
      words: m[2] as string,
      start,
      end,
      quoted,
      negated: NEGATED_BEFORE.test(before.slice(-30)),
      earlier,
      ...(earlier && year !== undefined ? { year } : {}),
      aside: ASPIRATION.test(before) || OTHER_BODIES.test(before.replace(OWN_OTHER_AREAS, " ")),
    });
  }
  return out;
}
