import type { Sentence } from "../types.js";
import type { AnalysedQuote } from "./analyse.js";
import { quoteSpeaker } from "./attribution.js";
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
