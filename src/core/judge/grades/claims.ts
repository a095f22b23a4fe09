import { checkDeadline } from "../../deadline.js";
import { endsWithin, searchEndingWithin, someRangeWithin } from "../../text/bounded.js";
import { withFields } from "../../withFields.js";
import { PRONOUN_OBJECT, splitAreas, type Trailing, trailingAreas } from "./areaPhrases.js";
import { canonicalArea, OVERALL, PREVIOUS } from "./areas.js";
import {
  ACRONYM,
  AREA_END,
  AREA_PREPOSITION,
  BODY_WORDS,
  COPULA_BEFORE,
  EARLIER_GAP,
  FROM_BEFORE,
  GIVEN_AFTER,
  GIVEN_BEFORE,
  GIVEN_TO_BEFORE,
  NEGATION,
  PREVIOUS_OPENING,
  RANGE_AFTER,
  TEASER,
} from "./cues.js";
import { codeArea, type Grade, type Mention, mentionsOf } from "./scale.js";
import {
  clauseStart,
  earlierContextAt,
  mayHaveTrigger,
  type SentenceScan,
  scanSentence,
  subjectBefore,
  WORDS_BEFORE_REACH,
} from "./sentenceScan.js";
import { triggerBefore } from "./trigger.js";

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
 * Every (area, grade) a sentence states: "the CQC rated the home Good for being safe and for being responsive"
 * → safe – good, responsive – good; "was given grades of weak for meals and activities, and good for
 * staffing" → four claims; "Attendance and the quality of teaching were both judged to be Good" → the
 * subject's areas; "had been rated good at the inspection before" → previous inspection – good;
 * "labelled inadequate at answering emergency calls". Aims ("aims to be rated outstanding"), denials,
 * ranges ("good or outstanding") and grades of other bodies ("its sister school") are left out.
 * Offsets are into `sentence`.
 */
export function pressGradeClaims(sentence: string): GradeClaim[] {
  const claims: GradeClaim[] = [];
  if (TEASER.test(sentence)) return claims;
  const mentions = mentionsOf(sentence);
  // Most sentences name no grade: the scan of their clauses and cues is for sentences that do.
  if (mentions.length === 0) return claims;
  const scan = scanSentence(sentence);
  const prev: Previous = { end: -1, wasFrom: false };
  mentions.forEach((m, i) => {
    checkDeadline();
    const limit = mentions[i + 1]?.start ?? sentence.length;
    const r = readMention(sentence, scan, m, limit, claims, prev);
    if (!r) {
      prev.end = -1;
      return;
    }
    const end = pushClaims(sentence, scan, r, claims, prev);
    prev.end = sameGradeFor(sentence, end, r, claims) ?? end;
    prev.wasFrom = r.from;
  });
  return claims;
}

/** What one grade mention leaves for the next: where its statement ended, and whether it was a "from". */
interface Previous {
  end: number;
  wasFrom: boolean;
}

/** How a grade mention is given: the construction before it and where its clause starts. */
interface Reading {
  m: Mention;
  limit: number;
  clause: number;
  before: string;
  trigger: { index: number; 1: string } | undefined;
  chained: boolean;
  from: boolean;
  given: boolean;
  givenAt: number;
  copula: boolean;
  copulaAt: number;
  code: string | undefined;
  earlierOf: GradeClaim[] | undefined;
}

/**
 * How the mention `m` is given a grade ("rated", "…, and good", "downgraded from", "received a … rating",
 * "is good at"), or undefined when it is not a grade the sentence states (an aim, a denial, a range,
 * another body's grade, everyday "poor").
 */
function readMention(
  sentence: string,
  scan: SentenceScan,
  m: Mention,
  limit: number,
  claims: readonly GradeClaim[],
  prev: Previous,
): Reading | undefined {
  const clause = clauseStart(sentence, scan, m.start);
  const before = sentence.slice(clause, m.start);
  const after = sentence.slice(m.end, limit);
  const trigger = mayHaveTrigger(scan, clause, m.start) ? triggerBefore(before) : undefined;
  const chained =
    prev.end >= 0 &&
    /^\s*(?:[,;]\s*)?(?:(?:and|but|while|whereas|with|plus|to)\s+)?(?:(?:it was|was|were|is|are|rated|graded|judged|as)\s+)?$/iu.test(
      sentence.slice(prev.end, m.start),
    ) &&
    (prev.wasFrom || !/^\s*(?:[,;]\s*)?to\s*$/iu.test(sentence.slice(prev.end, m.start)));
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
  const predicate = requiresAsVerb(sentence, m, before);
  // The earlier value of the grade just claimed: "fairly good, up from poor in 2019".
  const last = claims[claims.length - 1];
  const earlierOf =
    prev.end >= 0 && last && EARLIER_GAP.test(sentence.slice(prev.end, m.start))
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
  )
    return undefined;
  return {
    m,
    limit,
    clause,
    before,
    trigger,
    chained,
    from,
    given,
    givenAt,
    copula,
    copulaAt,
    code,
    earlierOf,
  };
}

/**
 * "The service requires improvement": the grade's words are the sentence's verb after a subject, not
 * a noun phrase after "which" or "areas" ("areas that require improvement").
 */
function requiresAsVerb(sentence: string, m: Mention, before: string): boolean {
  return (
    m.grade === "requires improvement" &&
    /^requires?\b/iu.test(sentence.slice(m.wordsStart)) &&
    /[\p{L}]/u.test(before) &&
    !endsWithin(
      /\b(?:which|that|who|what|where|areas?|aspects?|things?)\s*$/iu,
      before,
      before.length,
      WORDS_BEFORE_REACH,
    )
  );
}

/** The claims of a graded mention, pushed onto `claims`; returns where its statement ends. */
function pushClaims(
  sentence: string,
  scan: SentenceScan,
  r: Reading,
  claims: GradeClaim[],
  prev: Previous,
): number {
  const {
    m,
    limit,
    clause,
    before,
    trigger,
    chained,
    from,
    given,
    givenAt,
    copula,
    copulaAt,
    code,
    earlierOf,
  } = r;
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
      claims.push(
        withFields(base, {
          area: overall ? PREVIOUS : c.area,
          orOverall: false,
          ...(overall ? {} : { previous: true }),
          start: m.start,
          end,
        }),
      );
    }
  } else if (code) {
    // A code's area is its letter's, whatever the sentence calls it ("for consumer standards").
    const start = chained ? m.start : verbStart;
    claims.push(
      withFields(base, {
        area: code,
        orOverall: false,
        ...(previous ? { previous: true } : {}),
        start: context !== undefined ? Math.min(start, context) : start,
        end,
      }),
    );
  } else if (chained) {
    // "…, and good for leadership": the areas after this grade, or else the previous grade's areas are not shared.
    const start = m.start;
    if (previous || trail.whole || trail.areas.length === 0) {
      if (trail.whole || prev.wasFrom)
        claims.push(withFields(base, { area: trail.whole ?? OVERALL, orOverall: false, start, end }));
    } else {
      for (const a of trail.areas)
        claims.push(withFields(base, { area: canonicalArea(a.text), orOverall: false, start, end }));
    }
  } else pushSubjectOrObjectClaims(sentence, r, { verbStart, context, previous, trail, base, end }, claims);
  return end;
}

/** The claims of a mention whose graded thing is the clause's subject or the verb's object. */
function pushSubjectOrObjectClaims(
  sentence: string,
  r: Reading,
  at: {
    verbStart: number;
    context: number | undefined;
    previous: boolean;
    trail: Trailing;
    base: Omit<GradeClaim, "area" | "orOverall" | "start" | "end">;
    end: number;
  },
  claims: GradeClaim[],
): void {
  const { clause, trigger } = r;
  const { verbStart, context, previous, trail, base, end } = at;
  // The graded thing opens the clause (its subject) or follows the verb ("rated the practice good").
  const object = trigger?.[1]
    ?.replace(
      /\b(?:as|to|be|being|been|of|a|an|overall|all|both|also|again|now|still|once|previously|only|just)\b/giu,
      " ",
    )
    .trim();
  const subject = subjectBefore(sentence, clause, verbStart);
  // An earlier inspection named before the grade ("last inspected in 2013, when it was found
  // good") belongs to the statement: its words are the grade rule's.
  const start = Math.min(subject ? clause : verbStart, context ?? sentence.length);
  const overallSubject = /\boverall\b/iu.test(sentence.slice(clause, verbStart));
  if (previous && trail.areas.length > 0) {
    for (const a of trail.areas)
      claims.push(
        withFields(base, { area: canonicalArea(a.text), orOverall: false, previous: true, start, end }),
      );
  } else if (previous) claims.push(withFields(base, { area: PREVIOUS, orOverall: false, start, end }));
  else if (trail.areas.length > 0) {
    for (const a of trail.areas)
      claims.push(withFields(base, { area: canonicalArea(a.text), orOverall: false, start, end }));
    if (trail.whole) claims.push(withFields(base, { area: trail.whole, orOverall: false, start, end }));
  } else if (trail.whole || overallSubject) {
    claims.push(withFields(base, { area: trail.whole ?? OVERALL, orOverall: false, start, end }));
  } else if (object && !PRONOUN_OBJECT.test(object)) {
    claims.push(withFields(base, { area: canonicalArea(object), orOverall: true, start, end }));
  } else if (object || !subject) {
    claims.push(withFields(base, { area: OVERALL, orOverall: false, start, end }));
  } else {
    // "Attendance, the quality of teaching and the sixth form were all judged…"
    const areas = splitAreas(subject.text, subject.start);
    const body = BODY_WORDS.test(subject.text) || ACRONYM.test(subject.text);
    if (areas.length > 1 && !body) {
      for (const a of areas)
        claims.push(withFields(base, { area: canonicalArea(a.text), orOverall: false, start, end }));
    } else claims.push(withFields(base, { area: canonicalArea(subject.text), orOverall: body, start, end }));
  }
}

/**
 * "…, with the same grade for A, B and C": the grade of the claim just made, again, for those areas
 * (pushed onto `claims`); returns where they end, or undefined when the sentence does not go on so.
 */
function sameGradeFor(sentence: string, end: number, r: Reading, claims: GradeClaim[]): number | undefined {
  const { m, limit } = r;
  // "…, with the same grade for A, B and C": the grade again, for those areas.
  const same = sentence.slice(end, limit).match(SAME_GRADE);
  const lastClaim = claims[claims.length - 1];
  if (!same || !lastClaim || lastClaim.gradeStart !== m.start) return undefined;
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
  return areas.length > 0 ? from2 + areaText.length : undefined;
}

/** "poor attendance", "judged poor behaviour to be…": "poor" before a noun describes it, it is no grade. */
const POOR_NOUN =
  /^\s*(?!(?:for|at|in|on|overall|by|across|and|but|with|from|after|since|when|while|last|this|as|to|or|up|down|again|once)\b)[\p{L}]/iu;

/** "with the same grade for", "and the same rating for": the grade just given, for more areas. */
const SAME_GRADE =
  /^\s*[,;]?\s*(?:with|and)\s+(?:(?:the|a)\s+)?same\s+(?:grade|rating|judge?ment|score)\s+(?:for|in|given to|awarded to)\s+/iu;
