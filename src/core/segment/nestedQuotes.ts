import type { Sentence } from "../types.js";
import type { AnalysedQuote } from "./analyse.js";
import { quoteSpeaker, reportingClauses } from "./attribution.js";
import { findQuotedRanges, type QuotedRange } from "./quotes.js";
import { repairSpeaker } from "./speakerRepair.js";

/**
 * The regulator's words quoted inside someone else's quotation. Officials quote the report when they
 * welcome it: Councillor X said: “We are glad that inspectors saw our staff ‘know families
 * well’ and that the report says we are ‘on the right track’.” The outer quotation is the official's
 * (not a quotation of the report), but each inner one is the report's, by the official's own
 * reporting clause inside the quotation ("inspectors found", "the report says", "Ofsted was clear
 * that"), and is checked against the report as any quotation of it is.
 *
 * An inner quotation whose clause names no one, or someone else ("our parents told us ‘…’"), stays
 * part of the official's words.
 */

export interface NestedQuote {
  range: QuotedRange;
  /** The words that named the regulator inside the outer quotation. */
  cue: string;
}

/**
 * `text[from, to)` with every range blanked by spaces of the same length: a frame whose reporting
 * clauses can be read without the quoted words, offsets kept.
 */
function blanked(text: string, from: number, to: number, ranges: readonly QuotedRange[]): string {
  let out = "";
  let at = from;
  for (const r of ranges) {
    const a = Math.max(r.start, at);
    const b = Math.min(r.end, to);
    if (a >= b) continue;
    out += text.slice(at, a) + " ".repeat(b - a);
    at = b;
  }
  return out + text.slice(at, to);
}

/**
 * The quotations nested in `outer` (inside its marks) that its own words attribute to the regulator.
 * `sentenceEnds` are the press's sentence ends: an inner quotation's frame is the part of its sentence
 * inside the outer quotation.
 */
export function regulatorQuotesInside(
  text: string,
  outer: QuotedRange,
  sentenceEnds: readonly number[],
  extraRegulatorNames: readonly string[] = [],
): NestedQuote[] {
  const ends = sentenceEnds.filter((e) => e > outer.innerStart && e < outer.innerEnd);
  const inner = findQuotedRanges(text, outer.innerStart, outer.innerEnd, [...ends, outer.innerEnd]).filter(
    (r) => !r.unclosed,
  );
  if (inner.length === 0) return [];
  const found: NestedQuote[] = [];
  for (const r of inner) {
    // The frame: from the sentence start (or the outer quotation's start) to the sentence end.
    let from = outer.innerStart;
    for (const e of ends) if (e <= r.start) from = e;
    const to = ends.find((e) => e >= r.end) ?? outer.innerEnd;
    const frame = blanked(text, from, to, inner);
    const cue = repairSpeaker(
      frame,
      quoteSpeaker(frame, r.start - from, r.end - from, extraRegulatorNames),
      r.start - from,
    );
    if (cue?.speaker === "regulator") found.push({ range: r, cue: cue.cue });
  }
  return found;
}

/**
 * The regulator's quotations inside `outer`, someone else's quotation over `sentences`, as analysed
 * quotations of the regulator (each in the sentence that holds it).
 */
export function nestedRegulatorQuotes(
  text: string,
  outer: QuotedRange,
  sentences: readonly Sentence[],
  extraRegulatorNames: readonly string[] = [],
): AnalysedQuote[] {
  const nested = regulatorQuotesInside(
    text,
    outer,
    sentences.map((s) => s.end),
    extraRegulatorNames,
  );
  return nested.map(({ range, cue }) => ({
    start: range.start,
    end: range.end,
    text: text.slice(range.start, range.end),
    inner: {
      start: range.innerStart,
      end: range.innerEnd,
      text: text.slice(range.innerStart, range.innerEnd),
    },
    speaker: "regulator",
    attributionCue: cue,
    sentences: sentences.filter((s) => s.start < range.end && range.start < s.end).map((s) => s.index),
  }));
}

/**
 * What the regulator is said to have said or found, reported without quote marks inside an
 * official's quotation: “We are pleased. Inspectors told us that our new team is doing a fine
 * job, and we mean to keep it up.” The official passes on a claim of the regulator's — one the
 * report must bear out — so the sentence is judged as the regulator's claim, not as the official's
 * words. Only a sentence that opens with the regulator's reporting clause and goes on to what was
 * said counts: "told us/me/the governor (that) …", or a verb of saying or finding followed by
 * "that" ("Inspectors recognised that …"). An official's own summary with a noun object ("The report
 * recognises the strengths of our school") stays the official's: the real coverage is labelled so.
 * Returns the indexes of such sentences of `sentences` lying inside `outer`'s marks.
 */
export function reportedSpeechInside(
  text: string,
  outer: QuotedRange,
  sentences: readonly Sentence[],
  extraRegulatorNames: readonly string[] = [],
): number[] {
  const found: number[] = [];
  for (const s of sentences) {
    const from = Math.max(s.start, outer.innerStart);
    const to = Math.min(s.end, outer.innerEnd);
    if (to - from < 20) continue;
    const frame = text.slice(from, to);
    const first = reportingClauses(frame, extraRegulatorNames)[0];
    if (first?.kind !== "regulator" || first.inverted || first.passive) continue;
    // The subject opens the sentence: a few words at most, no clause before it.
    if (!OPENING_SUBJECT.test(frame.slice(0, first.verbStart))) continue;
    if (!SAID_OR_FOUND.test(first.verb)) continue;
    const after = frame.slice(first.verbEnd);
    if (
      REPORTED_CONTENT.test(after) ||
      (/^(?:told|tell|tells)$/i.test(first.verb) && TOLD_SOMEONE.test(after))
    )
      found.push(s.index);
  }
  return found;
}

/**
 * Verbs by which someone passes on what inspectors said or found. Verbs of showing ("This report shows
 * that what we do is …", "demonstrates", "reflects") are the official's reading of the report, not
 * the report's words, and stay the official's.
 */
const SAID_OR_FOUND =
  /^(?:told|tell|tells|said|say|says|found|find|finds|recogni[sz]ed|recogni[sz]es?|agreed|agrees?|confirmed|confirms?|acknowledged|acknowledges?|noted|notes?|saw|sees?|accepted|accepts?)$/i;

/** Up to five words before the verb, with an optional auxiliary, and no punctuation: "The inspectors have". */
const OPENING_SUBJECT = /^\s*(?:[\p{L}'’-]+\s+){0,5}$/u;
/** "that" right after the verb (an adverb may come between): the content of what was said or found. */
const REPORTED_CONTENT = /^\s+(?:[\p{L}]+ly\s+|also\s+)?that\s/iu;
/**
 * "told us", "told me", "told the governor", "told staff" — then what they were told: "that" and a
 * clause ("told us that tenants now seem …"), or without "that" a clause with an auxiliary ("told me
 * our nurses had …").
 */
const TOLD_SOMEONE =
  /^\s+(?:us|me|him|her|them|(?:the|our)\s+[\p{L}-]+|[\p{L}-]+)\s+(?:that\s+[\p{L}]|(?:[\p{L}'’-]+\s+){1,3}(?:is|are|was|were|had|has|have|would|will|could|can|did|do|does|made|make|makes)\b)/iu;
