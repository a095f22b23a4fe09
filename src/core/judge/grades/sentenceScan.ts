import { lastRangeWithin, matchRanges, someRangeOverlapping, someRangeWithin } from "../../text/bounded.js";
import { type AreaPhrase, trimCommasEnd, withoutSubjectTail } from "./areaPhrases.js";
import { ASPIRATION, CLAUSE_BREAK, EARLIER_CONTEXT, OTHER_BODIES } from "./cues.js";
import { TRIGGER_REACH, TRIGGER_START } from "./trigger.js";

/** Words that bring the sentence back to the current inspection after an earlier one is named. */
const NOW_AGAIN = /\b(?:now|currently|today|this (?:inspection|time|visit|year)|latest|new|since)\b/iu;

const EARLIER_CONTEXT_ALL = new RegExp(EARLIER_CONTEXT.source, "giu");
const NOW_AGAIN_ALL = new RegExp(NOW_AGAIN.source, "giu");
const ASPIRATION_ALL = new RegExp(ASPIRATION.source, "giu");
const OTHER_BODIES_ALL = new RegExp(OTHER_BODIES.source, "giu");
/** Its own copy: matchAll starts at a pattern's lastIndex, which triggerBefore moves on TRIGGER_START. */
const TRIGGER_ALL = new RegExp(TRIGGER_START.source, "giu");

/**
 * What pressGradeClaims asks of the text before each grade — where clauses break, whether an aim or
 * another body was named, where an earlier inspection was — found in one pass over the sentence (each
 * cue the first time it is asked), so that n grades in a sentence cost n lookups rather than n re-scans
 * of the sentence so far.
 */
export interface SentenceScan {
  clauseBreakEnds: number[];
  earlierContext: Array<[number, number]>;
  nowAgain: Array<[number, number]>;
  aspirations: Array<[number, number]>;
  otherBodies: Array<[number, number]>;
  /** Where trigger verbs are (non-overlapping matches of TRIGGER_START). */
  triggers: Array<[number, number]>;
}

export function scanSentence(sentence: string): SentenceScan {
  return new Scan(sentence);
}

/**
 * Every mention asks where clauses break and where trigger verbs are; the other cues are asked about
 * only for a mention read as a grade, so each is scanned for the first time it is asked. A class, not
 * an object literal with getters over closures: such a literal is built by the runtime's slow path,
 * four closures and all, for every sentence that names a grade.
 */
class Scan implements SentenceScan {
  readonly clauseBreakEnds: number[];
  readonly triggers: Array<[number, number]>;
  private earlier: Array<[number, number]> | undefined;
  private now: Array<[number, number]> | undefined;
  private aims: Array<[number, number]> | undefined;
  private bodies: Array<[number, number]> | undefined;

  constructor(private readonly sentence: string) {
    this.clauseBreakEnds = matchRanges(CLAUSE_BREAK, sentence).map(([, end]) => end);
    this.triggers = matchRanges(TRIGGER_ALL, sentence);
  }
  get earlierContext(): Array<[number, number]> {
    this.earlier ??= matchRanges(EARLIER_CONTEXT_ALL, this.sentence);
    return this.earlier;
  }
  get nowAgain(): Array<[number, number]> {
    this.now ??= matchRanges(NOW_AGAIN_ALL, this.sentence);
    return this.now;
  }
  get aspirations(): Array<[number, number]> {
    this.aims ??= matchRanges(ASPIRATION_ALL, this.sentence);
    return this.aims;
  }
  get otherBodies(): Array<[number, number]> {
    this.bodies ??= matchRanges(OTHER_BODIES_ALL, this.sentence);
    return this.bodies;
  }
}

/**
 * Whether a trigger verb may stand in the TRIGGER_REACH characters of clause before a grade at `at`
 * (the clause from `clause`): when no match of the whole sentence overlaps them, none starts there,
 * and triggerBefore, which reads those characters word by word, need not run. Where grade words follow
 * one another with no verb ("and good and good …"), that is what keeps each grade's cost small.
 */
export function mayHaveTrigger(scan: SentenceScan, clause: number, at: number): boolean {
  return someRangeOverlapping(scan.triggers, Math.max(clause, at - TRIGGER_REACH), at);
}

/** Where the text before a grade at `upTo` places it in an earlier inspection (EARLIER_CONTEXT), if it does. */
export function earlierContextAt(scan: SentenceScan, upTo: number): number | undefined {
  const marker = lastRangeWithin(scan.earlierContext, 0, upTo);
  if (marker === undefined) return undefined;
  return someRangeWithin(scan.nowAgain, marker[1], upTo) ? undefined : marker[0];
}

/** Start of the clause holding offset `at`. */
export function clauseStart(text: string, scan: SentenceScan, at: number): number {
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
export const WORDS_BEFORE_REACH = 200;

/** The subject before a grading verb, trimmed of auxiliaries: "Behaviour and attitudes, … provision". */
export function subjectBefore(text: string, from: number, to: number): AreaPhrase | undefined {
  const raw = withoutSubjectTail(text.slice(from, to));
  const lead = raw.match(/^\s*(?:(?:a|an|the|overall,?)\s+)?/iu)?.[0].length ?? 0;
  const body = trimCommasEnd(raw.slice(lead));
  if (!/[\p{L}]/u.test(body) || body.split(/\s+/).length > 14) return undefined;
  return { text: body, start: from + lead, end: from + lead + body.length };
}
