import { spaceRunStart } from "../../text/bounded.js";
import { ALL_AREAS, OVERALL } from "./areas.js";
import { AREA_END, ASIDE, OVERALL_AFTER, PREVIOUS_WORDS, TIMING, YEAR } from "./cues.js";

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
export function withoutSubjectTail(raw: string): string {
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
export function trimCommasEnd(text: string): string {
  let end = text.length;
  while (end > 0 && COMMA_OR_SPACE.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
export const PRONOUN_OBJECT = /^(?:us|it|them|him|her)$/iu;

export interface AreaPhrase {
  text: string;
  start: number;
  end: number;
}

/** The areas of a list ("safety, meals and activities", "being safe and for being responsive"). */
export function splitAreas(text: string, offset: number): AreaPhrase[] {
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

export interface Trailing {
  areas: AreaPhrase[];
  /** OVERALL ("good overall") or ALL_AREAS ("good in all areas"), when the grade says so. */
  whole?: string;
  previous: boolean;
  /** The year given with the grade ("in 2021"). */
  year?: number;
  end: number;
}

/**
 * Who gave the grade, between it and its areas: "rated Good by Ofsted for attendance", "by the Care
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

/** What follows a grade: "for A, B and C", "at preventing crime", "overall", "at its previous inspection in 2012". */
export function trailingAreas(text: string, from: number, limit: number): Trailing {
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
