import type { Sentence, Speaker } from "../types.js";
import type { AnalysedQuote } from "./analyse.js";
import { type AttributionCue, quoteSpeaker, speaksForItself } from "./attribution.js";
import { blankedBlock } from "./blankedBlock.js";
import type { QuotedRange } from "./quotes.js";
import { repairSpeaker } from "./speakerRepair.js";

/** What the analysis of a text builds up, and carries from one block to the next. */
export interface TextAnalysisState {
  text: string;
  extraRegulatorNames: readonly string[];
  sentences: Sentence[];
  quotes: AnalysedQuote[];
  /** For each sentence, who its unquoted words are attributed to. */
  claimSpeaker: Speaker[];
  terms: { start: number; end: number }[];
  /** The report quoted inside others' quotations (nestedQuotes.ts). */
  nested: AnalysedQuote[];
  previousQuoteSpeaker: Speaker | undefined;
  previousBlockWasQuoteOrLeadIn: boolean;
  /** The last speaker a reporting clause named: what "it said", "they added", "he said" refer back to. */
  lastSpeaker: Speaker;
}

/** One block as the analysis sees it: its sentences, its quotations, and its text with them blanked. */
export interface BlockView {
  index: number;
  sentences: Sentence[];
  ranges: QuotedRange[];
  /** Frames are slices of the block with its quotations blanked; sentences may reach outside their
   * block (never in practice), so the blanked text spans both. */
  spanStart: number;
  spanEnd: number;
  frameOf: (from: number, to: number) => string;
  /** Per sentence index, where its first non-space character is (for "the quotation opens it"). */
  firstWordAt: Map<number, number>;
  inEndMatter: boolean;
  /** For each sentence of the block, the last named speaker before it. */
  speakerBefore: Map<number, Speaker>;
}

/** A speaker and the reporting words that named it, if any. */
export interface Attribution {
  speaker: Speaker;
  cueText: string | undefined;
}

/** A cue's speaker, with a pronoun resolved to `antecedent` and an agentless passive left unknown. */
export function resolveCue(cue: AttributionCue | undefined, antecedent: Speaker): Speaker {
  if (!cue || cue.speaker === "implied") return "unknown";
  return cue.speaker === "pronoun" ? antecedent : cue.speaker;
}

/** Who a quotation is attributed to: its own reporting clause, else a lead-in or the speaker before. */
export function quotationSpeaker(
  state: TextAnalysisState,
  view: BlockView,
  r: QuotedRange,
  overlapping: Sentence[],
): Attribution {
  const first = overlapping[0] as Sentence;
  const last = overlapping[overlapping.length - 1] as Sentence;
  let speaker: Speaker = "unknown";
  let cueText: string | undefined;
  const frame = view.frameOf(first.start, last.end);
  const cue = view.inEndMatter
    ? undefined
    : repairSpeaker(
        frame,
        quoteSpeaker(frame, r.start - first.start, r.end - first.start, state.extraRegulatorNames),
        r.start - first.start,
      );
  if (view.inEndMatter) {
    speaker = "other";
  } else if (cue) {
    // A passive ("X praised for ‘…’") names no speaker: the words are checked, not attributed.
    speaker = resolveCue(cue, view.speakerBefore.get(first.index) ?? "unknown");
    if (cue.speaker !== "implied") cueText = cue.cue;
  } else {
    const leadIn = leadInAttribution(state, view, r, first);
    if (leadIn) ({ speaker, cueText } = leadIn);
    speaker = continuedSpeaker(state, view, r, first, speaker);
  }
  return { speaker, cueText };
}

/** A quotation opening its sentence is often introduced by the sentence before ("X said:"). */
function leadInAttribution(
  state: TextAnalysisState,
  view: BlockView,
  r: QuotedRange,
  first: Sentence,
): Attribution | undefined {
  const { text, sentences, extraRegulatorNames } = state;
  const before = sentences[first.index - 1];
  let firstWord = view.firstWordAt.get(first.index);
  if (firstWord === undefined) {
    firstWord = first.start;
    while (firstWord < first.end && /\s/.test(text.charAt(firstWord))) firstWord++;
    view.firstWordAt.set(first.index, firstWord);
  }
  const opensSentence = firstWord >= r.start;
  if (!before || !opensSentence) return undefined;
  const leadIn =
    before.start >= view.spanStart && before.end <= view.spanEnd
      ? view.frameOf(before.start, before.end)
      : blankedBlock(text, before.start, before.end, view.ranges);
  const leadCue = repairSpeaker(
    leadIn,
    quoteSpeaker(leadIn, leadIn.length, leadIn.length, extraRegulatorNames),
  );
  if (leadCue && leadCue.speaker !== "implied" && (/:\s*$/.test(leadIn) || before.block === first.block)) {
    return {
      speaker: resolveCue(leadCue, view.speakerBefore.get(before.index) ?? "unknown"),
      cueText: leadCue.cue,
    };
  }
  return undefined;
}

/** The speaker of a quotation no clause attributes: the one before it, its sentence's, or the publisher. */
function continuedSpeaker(
  state: TextAnalysisState,
  view: BlockView,
  r: QuotedRange,
  first: Sentence,
  found: Speaker,
): Speaker {
  const { sentences, quotes, claimSpeaker } = state;
  let speaker = found;
  // A quotation with no cue continues the speaker of the quotation before it in the same
  // paragraph, or of a quoted paragraph just before ("It added that …", continued speeches).
  const previous = quotes[quotes.length - 1];
  if (
    speaker === "unknown" &&
    previous &&
    (previous.sentences.some((i) => sentences[i]?.block === view.index) ||
      state.previousBlockWasQuoteOrLeadIn)
  ) {
    speaker = previous.speaker;
  }
  if (speaker === "unknown" && claimSpeaker[first.index] !== "unknown")
    speaker = claimSpeaker[first.index] as Speaker;
  // First person ("we", "our") marks the publisher speaking for itself — only when no clause
  // names a speaker: regulators write "we found" and "our last visit" too.
  if (speaker === "unknown" && speaksForItself(state.text.slice(r.innerStart, r.innerEnd))) speaker = "other";
  return speaker;
}
