import { checkDeadline } from "../deadline.js";
import type { Quote, Sentence, Speaker } from "../types.js";
import {
  type AttributionCue,
  claimSpeaker as claimSpeakerOf,
  quoteSpeaker,
  speaksForItself,
} from "./attribution.js";
import { splitBlocks } from "./blocks.js";
import { markBoilerplate } from "./boilerplate.js";
import { endMatterStart } from "./endMatter.js";
import { nestedRegulatorQuotes } from "./nestedQuotes.js";
import { findQuotedRanges, type QuotedRange } from "./quotes.js";
import { segmentSentences } from "./sentences.js";
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

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The text of `[from, to)` with every quotation blanked out by spaces (same length, so offsets still
 * hold), built once for a block: each sentence's and quotation's frame is then a slice of it, not a
 * new pass over every quotation of the block.
 */
function blankedBlock(text: string, from: number, to: number, ranges: QuotedRange[]): string {
  if (to <= from) return "";
  // How many quotations cover each position: +1 where one starts, -1 where it ends.
  const depth = new Int32Array(to - from + 1);
  for (const r of ranges) {
    const a = Math.max(r.start, from);
    const b = Math.min(r.end, to);
    if (a >= b) continue;
    (depth[a - from] as number)++;
    (depth[b - from] as number)--;
  }
  let out = "";
  let covered = 0;
  let runStart = from;
  for (let i = from; i < to; i++) {
    const before = covered;
    covered += depth[i - from] as number;
    if (before > 0 !== covered > 0) {
      out += before > 0 ? " ".repeat(i - runStart) : text.slice(runStart, i);
      runStart = i;
    }
  }
  out += covered > 0 ? " ".repeat(to - runStart) : text.slice(runStart, to);
  return out;
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
  const blocks = splitBlocks(text);
  // Site boilerplate (menus, "Share this", cookie notices, other stories) is furniture, not claims.
  const sentences = markBoilerplate(text, blocks, segmentSentences(text));
  const quotes: AnalysedQuote[] = [];
  const claimSpeaker: Speaker[] = sentences.map(() => "unknown");
  const terms: { start: number; end: number }[] = [];
  const nested: AnalysedQuote[] = []; // the report quoted inside others' quotations (nestedQuotes.ts)
  let previousQuoteSpeaker: Speaker | undefined;
  let previousBlockWasQuoteOrLeadIn = false;
  // The last speaker a reporting clause named: what "it said", "they added", "he said" refer back to.
  let lastSpeaker: Speaker = "unknown";
  /** A cue's speaker, with a pronoun resolved to `antecedent` and an agentless passive left unknown. */
  const resolve = (cue: AttributionCue | undefined, antecedent: Speaker): Speaker => {
    if (!cue || cue.speaker === "implied") return "unknown";
    return cue.speaker === "pronoun" ? antecedent : cue.speaker;
  };
  // "Notes to editors", "Ends", "About <publisher>": what follows makes no claim about the letter.
  const endMatter = endMatterStart(text, blocks);

  // The sentences of each block, gathered once (not a pass over every sentence per block).
  const sentencesOfBlock = blocks.map((): Sentence[] => []);
  for (const s of sentences) sentencesOfBlock[s.block]?.push(s);

  blocks.forEach((block, b) => {
    const inBlock = sentencesOfBlock[b] as Sentence[];
    const ranges = findQuotedRanges(
      text,
      block.start,
      block.end,
      inBlock.map((s) => s.end),
    );
    // Frames are slices of the block with its quotations blanked; sentences may reach outside their
    // block (never in practice), so the blanked text spans both.
    const spanStart = Math.min(block.start, inBlock[0]?.start ?? block.start);
    const spanEnd = Math.max(block.end, inBlock[inBlock.length - 1]?.end ?? block.end);
    const blanked = blankedBlock(text, spanStart, spanEnd, ranges);
    const frameOf = (from: number, to: number) =>
      to <= from ? "" : blanked.slice(from - spanStart, to - spanStart);
    /** Per sentence index, where its first non-space character is (for "the quotation opens it"). */
    const firstWordAt = new Map<number, number>();
    const inEndMatter = b >= endMatter;
    /** For each sentence of the block, the last named speaker before it. */
    const speakerBefore = new Map<number, Speaker>();
    let blockSpeaker: Speaker | undefined; // a "X said:" lead-in makes the rest of the block X's words
    for (const s of inBlock) {
      speakerBefore.set(s.index, lastSpeaker);
      if (inEndMatter) {
        claimSpeaker[s.index] = "other";
        continue;
      }
      const frame = frameOf(s.start, s.end);
      // The speaker of the claim is the subject of its reporting clause ("Inspectors found…"), never a
      // regulator merely mentioned ("read the report on the inspectorate's website").
      const cue = /[\p{L}]/u.test(frame)
        ? repairSpeaker(frame, claimSpeakerOf(frame, extraRegulatorNames))
        : undefined;
      const speaker = resolve(cue, lastSpeaker);
      if (speaker !== "unknown") {
        claimSpeaker[s.index] = speaker;
        lastSpeaker = speaker;
      } else if (blockSpeaker) claimSpeaker[s.index] = blockSpeaker;
      if (speaker === "other" && saidThenColon(frame)) blockSpeaker = "other";
    }

    // Ranges come in order of their start, and so do the block's sentences: the first sentence a
    // range can overlap is found by a pointer that only moves forward.
    let firstCandidate = 0;
    for (const r of ranges) {
      checkDeadline();
      const inner = text.slice(r.innerStart, r.innerEnd);
      while (firstCandidate < inBlock.length && (inBlock[firstCandidate] as Sentence).end <= r.start)
        firstCandidate++;
      const overlapping: Sentence[] = [];
      for (let k = firstCandidate; k < inBlock.length; k++) {
        const s = inBlock[k] as Sentence;
        if (s.start >= r.end) break;
        if (s.start < r.end && r.start < s.end) overlapping.push(s);
      }
      if (overlapping.length === 0) continue;
      const first = overlapping[0] as Sentence;
      const last = overlapping[overlapping.length - 1] as Sentence;
      let speaker: Speaker = "unknown";
      let cueText: string | undefined;
      const frame = frameOf(first.start, last.end);
      const cue = inEndMatter
        ? undefined
        : repairSpeaker(
            frame,
            quoteSpeaker(frame, r.start - first.start, r.end - first.start, extraRegulatorNames),
            r.start - first.start,
          );
      if (inEndMatter) {
        speaker = "other";
      } else if (cue) {
        // A passive ("X praised for ‘…’") names no speaker: the words are checked, not attributed.
        speaker = resolve(cue, speakerBefore.get(first.index) ?? "unknown");
        if (cue.speaker !== "implied") cueText = cue.cue;
      } else {
        // A quotation opening its sentence is often introduced by the sentence before ("X said:").
        const before = sentences[first.index - 1];
        let firstWord = firstWordAt.get(first.index);
        if (firstWord === undefined) {
          firstWord = first.start;
          while (firstWord < first.end && /\s/.test(text.charAt(firstWord))) firstWord++;
          firstWordAt.set(first.index, firstWord);
        }
        const opensSentence = firstWord >= r.start;
        if (before && opensSentence) {
          const leadIn =
            before.start >= spanStart && before.end <= spanEnd
              ? frameOf(before.start, before.end)
              : blankedBlock(text, before.start, before.end, ranges);
          const leadCue = repairSpeaker(
            leadIn,
            quoteSpeaker(leadIn, leadIn.length, leadIn.length, extraRegulatorNames),
          );
          if (
            leadCue &&
            leadCue.speaker !== "implied" &&
            (/:\s*$/.test(leadIn) || before.block === first.block)
          ) {
            speaker = resolve(leadCue, speakerBefore.get(before.index) ?? "unknown");
            cueText = leadCue.cue;
          }
        }
        // A quotation with no cue continues the speaker of the quotation before it in the same
        // paragraph, or of a quoted paragraph just before ("It added that …", continued speeches).
        const previous = quotes[quotes.length - 1];
        if (
          speaker === "unknown" &&
          previous &&
          (previous.sentences.some((i) => sentences[i]?.block === b) || previousBlockWasQuoteOrLeadIn)
        ) {
          speaker = previous.speaker;
        }
        if (speaker === "unknown" && claimSpeaker[first.index] !== "unknown")
          speaker = claimSpeaker[first.index] as Speaker;
        // First person ("we", "our") marks the publisher speaking for itself — only when no clause
        // names a speaker: regulators write "we found" and "our last visit" too.
        if (speaker === "unknown" && speaksForItself(inner)) speaker = "other";
      }
      if (speaker !== "unknown") lastSpeaker = speaker;
      previousQuoteSpeaker = speaker;
      const inside =
        speaker === "other" ? nestedRegulatorQuotes(text, r, overlapping, extraRegulatorNames) : [];
      nested.push(...inside);
      const words = wordCount(inner);
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
        if (words > 0) terms.push({ start: r.innerStart, end: r.innerEnd });
        continue;
      }
      quotes.push({
        start: r.start,
        end: r.end,
        text: text.slice(r.start, r.end),
        inner: { start: r.innerStart, end: r.innerEnd, text: inner },
        speaker,
        attributionCue: cueText,
        sentences: overlapping
          .filter((s) => !inside.some((q) => q.sentences.includes(s.index)))
          .map((s) => s.index),
      });
    }
    const blockText = text.slice(block.start, block.end);
    // A paragraph that leaves a quotation open ("The inspectors wrote: “…" with no closing mark) leads
    // into the next one as much as a colon does: the press's multi-paragraph quotation.
    previousBlockWasQuoteOrLeadIn =
      /:\s*$/.test(blockText) ||
      (ranges.some((r) => r.unclosed) && previousQuoteSpeaker !== undefined) ||
      (ranges.length > 0 && /^\s*["“”'‘]/u.test(blockText) && previousQuoteSpeaker !== undefined);
  });
  if (nested.length > 0) quotes.push(...nested.splice(0));
  quotes.sort((a, b) => a.start - b.start);
  return { text, sentences, quotes, claimSpeaker, terms };
}
