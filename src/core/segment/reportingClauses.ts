/**
 * Reporting clauses of a press sentence: each verb of saying or judging with the kind of its
 * subject (the regulator, someone else, a pronoun, or an agentless passive). attribution.ts reads
 * the speaker of a quotation or a claim from them.
 */
import { endsWithin } from "../text/bounded.js";
import {
  BARE_FORM,
  INVERTING,
  JUDGING,
  NOUN_AFTER,
  NOUN_BEFORE,
  PASSIVE_COMPLEMENT,
  type Patterns,
  patternsFor,
} from "./speakerWords.js";
import {
  classifySubject,
  relativeAntecedent,
  type SubjectCue,
  type SubjectKind,
  subjectBefore,
} from "./subject.js";

/**
 * How far before a verb the short patterns that end at it (a determiner before a bare form, an
 * auxiliary before a participle) are tried: a few words, well within this; the bound keeps them linear.
 */
const WORDS_BEFORE_REACH = 200;

export interface ReportingClause {
  /** Offsets of the verb in the frame. */
  verbStart: number;
  verbEnd: number;
  verb: string;
  /** Who the subject is; undefined when the clause has no subject of its own (", saying …"). */
  kind?: SubjectKind;
  /** The words that named the speaker. */
  cue?: string;
  /** The subject follows the verb ("…,” said the report", "according to the report"). */
  inverted: boolean;
  /** The verb is passive: its grammatical subject is what was judged, not who judged. */
  passive: boolean;
}

/** Auxiliary (with an optional adverb or commas) just before a participle: "was rated", "has been praised", "was, however, rated". */
const AUXILIARY_BEFORE =
  /\b(?:is|are|was|were|be|been|being|get|gets|got)\s*(?:,[^,]{0,30},\s*|\s(?:[\p{L}]+ly|also|not|now|then|previously|again|once|all|since|widely|highly|initially|first|still)\s+)?$/iu;

/**
 * A past judgement told as background inside a subject ("The third visit since the trust was rated
 * inadequate in 2021 found…", "The latest visit, the fourth since the home was judged
 * inadequate, found…"): its passive verb reports nothing now, and read as a verb it would cut the
 * subject off from the verb it belongs to (the speaker became "inadequate in 2021"). Such clauses are
 * masked, keeping every offset, before the reporting clauses are read. With an agent ("since it was
 * rated inadequate by the regulator") the clause is left alone.
 */
const HISTORY_CLAUSE =
  /\b(?:since|after|when)\s+(?:[\p{L}'’-]+\s+){1,5}?(?:was|were|had been|has been|have been)\s+(?:previously\s+|last\s+|first\s+)?(?:judged|rated|graded|found to be)(?:\s+(?:as|to be))?\s*(?:['‘"“]?(?:inadequate|requires improvement|requiring improvement|good|outstanding|poor|weak|failing)['’"”]?)?(?:\s+overall)?(?:\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:\p{L}+\s+)?\d{4})?(?!\s*by\b)/giu;

/** Where a clause's subject can start: sentence punctuation, a blanked quotation, "that", a previous verb. */
const HARD_BOUNDARY = /[.;:!?]| {3,}|\b(?:that|which|who|while|whereas|after|before|because|when)\b/giu;

/**
 * Every reporting clause in `frame` (text with quotations blanked out by spaces of the same length),
 * in order, each with the kind of its subject.
 */
export function reportingClauses(
  text: string,
  extraRegulatorNames: readonly string[] = [],
): ReportingClause[] {
  // Every quotation of a sentence asks about the same frame, and the judge asks again about each
  // sentence the attribution step read: a frame's clauses are read once while it is recent.
  const names = extraRegulatorNames.join("\u0000");
  let read = recentFrames.get(names);
  if (!read) {
    if (recentFrames.size >= RECENT_NAME_LISTS) recentFrames.clear();
    read = new Map();
    recentFrames.set(names, read);
  }
  let clauses = read.get(text);
  if (clauses === undefined) {
    clauses = readReportingClauses(text, extraRegulatorNames);
    if (read.size >= RECENT_FRAMES) read.clear();
    read.set(text, clauses);
  }
  return clauses;
}

/**
 * The frames read lately, by the extra regulator names they were read with, and their clauses (callers
 * only read them). Bounded: past `RECENT_FRAMES` frames it starts again (a press text has a few dozen
 * sentences; a hostile one many thousands).
 */
const RECENT_FRAMES = 512;
const RECENT_NAME_LISTS = 8;
const recentFrames = new Map<string, Map<string, ReportingClause[]>>();

function readReportingClauses(text: string, extraRegulatorNames: readonly string[]): ReportingClause[] {
  const frame = text.replace(HISTORY_CLAUSE, (m) => "x".repeat(m.length));
  const p = patternsFor(extraRegulatorNames);
  const verbs = [...frame.matchAll(p.verbs)]
    .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, verb: m[0] }))
    .filter(
      (v) =>
        !BARE_FORM.test(v.verb) ||
        !(endsWithin(NOUN_BEFORE, frame, v.start, WORDS_BEFORE_REACH) || NOUN_AFTER.test(frame.slice(v.end))),
    );
  // Most sentences of a press text report no one: the boundaries are found only for a sentence that does.
  if (verbs.length === 0) return [];
  const boundaries = [...frame.matchAll(HARD_BOUNDARY)].map((m) => (m.index ?? 0) + m[0].length);
  // Verbs and boundaries are both in order: one pointer finds the last boundary before each verb.
  let passed = 0;
  return verbs.map((v, i) => {
    const previousVerbEnd = i > 0 ? (verbs[i - 1] as { end: number }).end : 0;
    while (passed < boundaries.length && (boundaries[passed] as number) <= v.start) passed++;
    const boundary = Math.max(previousVerbEnd, passed > 0 ? (boundaries[passed - 1] as number) : 0);
    return readClause({ frame, p, boundaries, boundary }, v);
  });
}

/** What every clause of one frame is read against. */
interface FrameScan {
  frame: string;
  p: Patterns;
  /** Ends of the frame's hard boundaries, in order. */
  boundaries: readonly number[];
  /** Where this verb's subject can start. */
  boundary: number;
}

/** One reporting clause: the verb `v` and the subject read before it (or after it, or by "by"). */
function readClause(
  { frame, p, boundaries, boundary }: FrameScan,
  v: { start: number; end: number; verb: string },
): ReportingClause {
  const window = frame.slice(boundary, v.start);
  const clause: ReportingClause = {
    verbStart: v.start,
    verbEnd: v.end,
    verb: v.verb,
    inverted: false,
    passive: false,
  };
  const rest = frame.slice(v.end);
  // Up to the first clause end (searched, not split: splitting the rest of the frame for every verb was quadratic).
  const clauseEnd = rest.search(/[.;:!?]| {3,}/u);
  const restOfClause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
  // "according to the report": the speaker follows.
  if (/^according/i.test(v.verb)) {
    const after = classifySubject(restOfClause.split(",")[0] ?? "", p);
    if (after) Object.assign(clause, { kind: after.kind, cue: after.cue, inverted: true });
    return clause;
  }
  const subject =
    relativeAntecedent(frame, boundary, window, p, boundaries) ?? classifySubject(subjectBefore(window), p);
  // "…,” said the report": a saying verb straight after a quotation (nothing but a comma between)
  // takes its subject from the words after it.
  if (!subject && INVERTING.test(v.verb) && afterQuotation(frame, v.start)) {
    const after = classifySubject(restOfClause.split(",")[0] ?? "", p);
    if (after) Object.assign(clause, { kind: after.kind, cue: after.cue, inverted: true });
    return clause;
  }
  if (isPassive(frame, v, rest, subject)) {
    clause.passive = true;
    const agent = /\bby\s+([^.;:!?]+)/iu.exec(restOfClause);
    // Only a named agent counts: "let down by weak teaching" names no one.
    const agentCue = agent ? classifySubject(agent[1] as string, p, false) : undefined;
    if (agentCue && agentCue.kind !== "pronoun")
      Object.assign(clause, { kind: agentCue.kind, cue: agentCue.cue });
    else clause.kind = "implied";
    return clause;
  }
  if (subject) Object.assign(clause, { kind: subject.kind, cue: subject.cue });
  return clause;
}

/**
 * Passive: "X was rated", "X has been praised for", the headline "X praised for 'Y'", and a
 * judging verb whose subject is not the regulator ("Care home rated 'weak'"): the subject is
 * what was judged; the agent, if any, follows "by".
 */
function isPassive(
  frame: string,
  v: { start: number; verb: string },
  rest: string,
  subject: SubjectCue | undefined,
): boolean {
  const participle = /ed$|^(?:found|told|said|judged)$/i.test(v.verb);
  // "praised for", "described as", "said to be", "told to improve"
  const followedByPassiveWord =
    /^\s*(?:for|as|to be)\b/i.test(rest) || (/^told$/i.test(v.verb) && /^\s+to\b/i.test(rest));
  return (
    participle &&
    (endsWithin(AUXILIARY_BEFORE, frame, v.start, WORDS_BEFORE_REACH) ||
      (followedByPassiveWord && subject?.kind !== "regulator") ||
      (JUDGING.test(v.verb) &&
        subject !== undefined &&
        subject.kind !== "regulator" &&
        subject.kind !== "pronoun" &&
        startsWithBlankOr(PASSIVE_COMPLEMENT, rest)))
  );
}

/**
 * A saying verb at `at` straight after a quotation: the frame before it ends in a blanked quotation
 * (three spaces or more) then only white space, commas and dashes. What `/ {3,}[\s,–—-]*$/u` tested,
 * in one scan back over that tail (the pattern, tried from every position, was cubic in its length).
 */
function afterQuotation(frame: string, at: number): boolean {
  let spaces = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = frame.charAt(i);
    if (c === " ") {
      if (++spaces >= 3) return true;
    } else if (/[\s,–—-]/u.test(c)) spaces = 0;
    else return false;
  }
  return false;
}

/**
 * `re` (anchored at the start, with a ` {3,}` alternative after `^\s*`) tested on `text`: true at
 * once when the leading white space holds a blanked quotation (three spaces), which is what the
 * pattern found after trying every split of that white space — quadratic in its length.
 */
export function startsWithBlankOr(re: RegExp, text: string): boolean {
  const lead = /^\s*/.exec(text)?.[0] ?? "";
  return lead.includes("   ") || re.test(text);
}
