import { checkDeadline } from "../deadline.js";
import { isWhiteSpaceCode } from "../text/whiteSpace.js";
import type { Quote, Sentence, Speaker } from "../types.js";
import { claimSpeaker as claimSpeakerOf } from "./attribution.js";
import { blankedBlock } from "./blankedBlock.js";
import type { Block } from "./blocks.js";
import { markBoilerplate } from "./boilerplate.js";
import { endMatterStart } from "./endMatter.js";
import { nestedRegulatorQuotes, reportedSpeechInside } from "./nestedQuotes.js";
import {
  type Attribution,
  type BlockView,
  quotationSpeaker,
  resolveCue,
  type TextAnalysisState,
} from "./quotationSpeaker.js";
import { findQuotedRanges, type QuotedRange } from "./quotes.js";
import { segmentDocument } from "./sentences.js";
import { repairSpeaker } from "./speakerRepair.js";

/**
 * Quotations shorter than this many words are terms or scare quotes (‘good’, ‘step-down’,
 * ‘real time’): they are judged as part of their sentence, not checked as quotations on their own.
 */
export const MIN_QUOTE_WORDS = 3;

/** Short quoted terms that name rather than quote: a grade, a Capitalised Name, a hyphenated term. */
const TERM_LIKE =
  /^(?:outstanding|good|requires improvement|inadequate|[\p{Lu}][\p{L}'’]*(?:\s+[\p{Lu}][\p{L}'’]*)*|[\p{L}]+(?:-[\p{L}]+)+)$/u;

export interface AnalysedQuote extends Quote {
  /** Indexes of the sentences the quotation overlaps. */
  sentences: number[];
}

export interface AnalysedText {
  text: string;
  sentences: Sentence[];
  /** Quotations of at least MIN_QUOTE_WORDS words, in order. */
  quotes: AnalysedQuote[];
  /** For each sentence, who its unquoted words are attributed to. */
  claimSpeaker: Speaker[];
  /** Quoted terms too short to check as quotations (‘step-down’ service), as inner ranges, in order. */
  terms: { start: number; end: number }[];
}

/** A letter or digit: what makes a run of non-space a word. */
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * The words of `s` (runs of non-space holding a letter or digit), counted up to `cap`: a quotation is
 * only asked whether it has MIN_QUOTE_WORDS, and a long one is not split whole to learn it.
 */
function wordsUpTo(s: string, cap: number): number {
  let n = 0;
  let start = -1;
  for (let i = 0; i <= s.length && n < cap; i++) {
    const space = i === s.length || isWhiteSpaceCode(s.charCodeAt(i));
    if (!space) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (WORDISH.test(s.slice(start, i))) n++;
      start = -1;
    }
  }
  return n;
}

/** Whether a "said" in `frame` is followed by a colon before any full stop ("X said:"), in one pass. */
function saidThenColon(frame: string): boolean {
  let stop = -1;
  for (const m of frame.matchAll(/\bsaid\b/g)) {
    const end = m.index + m[0].length;
    if (stop < end) {
      stop = end;
      while (stop < frame.length && frame.charAt(stop) !== "." && frame.charAt(stop) !== ":") stop++;
    }
    if (frame.charAt(stop) === ":") return true;
  }
  return false;
}

/** Splits a text into sentences and quotations, and works out who each quotation is attributed to. */
export function analyseText(text: string, extraRegulatorNames: readonly string[] = []): AnalysedText {
  // The blocks and their sentences from one split of the text (the sentences are cut within its blocks).
  const segmented = segmentDocument(text);
  const { blocks } = segmented;
  // Site boilerplate (menus, "Share this", cookie notices, other stories) is furniture, not claims.
  const sentences = markBoilerplate(text, blocks, segmented.sentences);
  const state: TextAnalysisState = {
    text,
    extraRegulatorNames,
    sentences,
    quotes: [],
    claimSpeaker: sentences.map(() => "unknown"),
    terms: [],
    nested: [],
    previousQuoteSpeaker: undefined,
    previousBlockWasQuoteOrLeadIn: false,
    lastSpeaker: "unknown",
  };
  // "Notes to editors", "Ends", "About <publisher>": what follows makes no claim about the letter.
  const endMatter = endMatterStart(text, blocks);

  // The sentences of each block, gathered once (not a pass over every sentence per block).
  const sentencesOfBlock = blocks.map((): Sentence[] => []);
  for (const s of sentences) sentencesOfBlock[s.block]?.push(s);

  blocks.forEach((block, b) => {
    analyseBlock(state, block, b, sentencesOfBlock[b] as Sentence[], b >= endMatter);
  });
  const { quotes, nested, claimSpeaker, terms } = state;
  if (nested.length > 0) quotes.push(...nested.splice(0));
  quotes.sort((a, b) => a.start - b.start);
  return { text, sentences, quotes, claimSpeaker, terms };
}

/** The speakers of one block's sentences and quotations, added to `state`. */
function analyseBlock(
  state: TextAnalysisState,
  block: Block,
  b: number,
  inBlock: Sentence[],
  inEndMatter: boolean,
): void {
  const { text } = state;
  const ranges = findQuotedRanges(
    text,
    block.start,
    block.end,
    inBlock.map((s) => s.end),
  );
  const spanStart = Math.min(block.start, inBlock[0]?.start ?? block.start);
  const spanEnd = Math.max(block.end, inBlock[inBlock.length - 1]?.end ?? block.end);
  const blanked = blankedBlock(text, spanStart, spanEnd, ranges);
  const view: BlockView = {
    index: b,
    sentences: inBlock,
    ranges,
    spanStart,
    spanEnd,
    frameOf: (from: number, to: number) =>
      to <= from ? "" : blanked.slice(from - spanStart, to - spanStart),
    firstWordAt: new Map<number, number>(),
    inEndMatter,
    speakerBefore: new Map<number, Speaker>(),
  };
  attributeClaims(state, view);

  // Ranges come in order of their start, and so do the block's sentences: the first sentence a
  // range can overlap is found by a pointer that only moves forward.
  let firstCandidate = 0;
  for (const r of ranges) {
    checkDeadline();
    while (firstCandidate < inBlock.length && (inBlock[firstCandidate] as Sentence).end <= r.start)
      firstCandidate++;
    const overlapping: Sentence[] = [];
    for (let k = firstCandidate; k < inBlock.length; k++) {
      const s = inBlock[k] as Sentence;
      if (s.start >= r.end) break;
      if (s.start < r.end && r.start < s.end) overlapping.push(s);
    }
    if (overlapping.length === 0) continue;
    recordQuotation(state, r, overlapping, quotationSpeaker(state, view, r, overlapping));
  }
  state.previousBlockWasQuoteOrLeadIn = leadsIntoNextBlock(state, text.slice(block.start, block.end), ranges);
}

/** Who each sentence's unquoted words are attributed to (the subject of its reporting clause). */
function attributeClaims(state: TextAnalysisState, view: BlockView): void {
  const { claimSpeaker, extraRegulatorNames } = state;
  let blockSpeaker: Speaker | undefined; // a "X said:" lead-in makes the rest of the block X's words
  for (const s of view.sentences) {
    view.speakerBefore.set(s.index, state.lastSpeaker);
    if (view.inEndMatter) {
      claimSpeaker[s.index] = "other";
      continue;
    }
    const frame = view.frameOf(s.start, s.end);
    // The speaker of the claim is the subject of its reporting clause ("Inspectors found…"), never a
    // regulator merely mentioned ("read the report on the inspectorate's website").
    const cue = /[\p{L}]/u.test(frame)
      ? repairSpeaker(frame, claimSpeakerOf(frame, extraRegulatorNames))
      : undefined;
    const speaker = resolveCue(cue, state.lastSpeaker);
    if (speaker !== "unknown") {
      claimSpeaker[s.index] = speaker;
      state.lastSpeaker = speaker;
    } else if (blockSpeaker) claimSpeaker[s.index] = blockSpeaker;
    if (speaker === "other" && saidThenColon(frame)) blockSpeaker = "other";
  }
}

/** Adds one quotation (or, when too short to check, a quoted term) with its speaker to `state`. */
function recordQuotation(
  state: TextAnalysisState,
  r: QuotedRange,
  overlapping: Sentence[],
  { speaker, cueText }: Attribution,
): void {
  const { text, extraRegulatorNames } = state;
  const inner = text.slice(r.innerStart, r.innerEnd);
  if (speaker !== "unknown") state.lastSpeaker = speaker;
  state.previousQuoteSpeaker = speaker;
  const inside = speaker === "other" ? nestedRegulatorQuotes(text, r, overlapping, extraRegulatorNames) : [];
  state.nested.push(...inside);
  // The regulator's words reported inside the official's quotation are the regulator's claims.
  const reported = speaker === "other" ? reportedSpeechInside(text, r, overlapping, extraRegulatorNames) : [];
  for (const i of reported) state.claimSpeaker[i] = "regulator";
  const words = wordsUpTo(inner, MIN_QUOTE_WORDS);
  // One or two quoted words the regulator is said to have written ("described conditions as
  // 'squalid'") are a quotation to check, not a term — unless they name a grade, a Name or a
  // hyphenated term, which the claim rules read.
  const shortButAttributed =
    words >= 1 &&
    words < MIN_QUOTE_WORDS &&
    speaker === "regulator" &&
    cueText !== undefined &&
    !TERM_LIKE.test(inner.trim());
  if (words < MIN_QUOTE_WORDS && !shortButAttributed) {
    if (words > 0) state.terms.push({ start: r.innerStart, end: r.innerEnd });
    return;
  }
  state.quotes.push({
    start: r.start,
    end: r.end,
    text: text.slice(r.start, r.end),
    inner: { start: r.innerStart, end: r.innerEnd, text: inner },
    speaker,
    attributionCue: cueText,
    sentences: overlapping
      .filter((s) => !inside.some((q) => q.sentences.includes(s.index)) && !reported.includes(s.index))
      .map((s) => s.index),
  });
}

/**
 * A paragraph that leaves a quotation open ("The inspectors wrote: “…" with no closing mark) leads
 * into the next one as much as a colon does: the press's multi-paragraph quotation.
 */
function leadsIntoNextBlock(state: TextAnalysisState, blockText: string, ranges: QuotedRange[]): boolean {
  return (
    /:\s*$/.test(blockText) ||
    (ranges.some((r) => r.unclosed) && state.previousQuoteSpeaker !== undefined) ||
    (ranges.length > 0 && /^\s*["“”'‘]/u.test(blockText) && state.previousQuoteSpeaker !== undefined)
  );
}
