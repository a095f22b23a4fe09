/**
 * Judging every sentence of one press document: the document is segmented once (segment/analyse.ts),
 * each sentence without checkable quotation marks is judged as a claim, each quotation (the part of it
 * inside one sentence) on its own — several in a sentence cut the sentence between them. Each sentence's
 * analysis (tokens, alignment, the rules' evidence) is dropped once its drafts are made, and a draft keeps
 * only its decision: a long press text holds one small draft per finding, not one analysis per sentence.
 */
import { checkDeadline } from "../deadline.js";
import { type AnalysedQuote, analyseText } from "../segment/analyse.js";
import { hasToken } from "../text/tokens.js";
import type { Sentence, SourceDocument } from "../types.js";
import { analyseClaim } from "./claimAnalysis.js";
import type { LetterContext } from "./context.js";
import type { Decision } from "./decide.js";
import { type ClaimJudgement, judgeAnalysedClaim } from "./judgeClaim.js";
import { judgeQuotePiece, type QuoteJudgement } from "./judgeQuote.js";

/**
 * A judged piece as the document stage keeps it until its finding is made: the decision alone (with the
 * closest passage of an unsupported claim), nothing of the analysis behind it — a press document of
 * 50 MB has hundreds of thousands of them (docs/limits.md, "Memory").
 */
export interface Draft {
  press: { start: number; end: number };
  quote?: AnalysedQuote;
  judgement: Decision & { closest?: ClaimJudgement["closest"] };
  /** Pairs of a letter sentence index and the end offset of the matched words in it (matchedEndsOf). */
  matchedEnds: readonly number[];
}

const NO_MATCHED_ENDS: readonly number[] = [];
/** A sentence without quoted terms (most): one shared empty list. */
const NO_TERMS: readonly string[] = [];

/** A draft's matched ends as the document rules read them: letter sentence index → end offset. */
export function matchedEndsOf(d: Draft): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i + 1 < d.matchedEnds.length; i += 2)
    out.set(d.matchedEnds[i] as number, d.matchedEnds[i + 1] as number);
  return out;
}

/** The decision of a judgement, without what only the sentence's own rules read. */
function decisionOf(j: QuoteJudgement | ClaimJudgement): Draft["judgement"] {
  const { kind, flags, letter, similarity, diff, reason, rules } = j;
  const closest = "closest" in j ? j.closest : undefined;
  return { kind, flags, letter, similarity, diff, reason, rules, ...(closest ? { closest } : {}) };
}

function flatEnds(ends: Map<number, number>): readonly number[] {
  if (ends.size === 0) return NO_MATCHED_ENDS;
  const out: number[] = [];
  for (const [s, end] of ends) out.push(s, end);
  return out;
}

/** A comparison that ran over its time limit (CompareOptions.timeLimitMs). */
export class TimeLimitError extends Error {
  constructor(
    readonly source: string,
    readonly limitMs: number,
  ) {
    super(
      `comparing ${source} took longer than ${+(limitMs / 1000).toFixed(1)} s and was stopped (raise the limit with --time-limit)`,
    );
    this.name = "TimeLimitError";
  }
}

/**
 * The quoted terms inside each sentence (`start <= term.start && term.end <= end`), in the terms'
 * own order: terms sorted by start once, each sentence's found by binary search.
 */
function termsBySentence(
  sentences: readonly Sentence[],
  terms: readonly { start: number; end: number }[],
): Map<number, { start: number; end: number }[]> {
  const byStart = terms.map((t, i) => ({ t, i })).sort((a, b) => a.t.start - b.t.start || a.i - b.i);
  const out = new Map<number, { start: number; end: number }[]>();
  for (const s of sentences) {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((byStart[mid] as { t: { start: number } }).t.start < s.start) lo = mid + 1;
      else hi = mid;
    }
    const inside: { t: { start: number; end: number }; i: number }[] = [];
    for (let k = lo; k < byStart.length; k++) {
      const e = byStart[k] as { t: { start: number; end: number }; i: number };
      if (e.t.start >= s.end) break;
      if (e.t.end <= s.end) inside.push(e);
    }
    if (inside.length > 0)
      out.set(
        s.index,
        inside.sort((a, b) => a.i - b.i).map((e) => e.t),
      );
  }
  return out;
}

interface QuotePiece {
  q: AnalysedQuote;
  start: number;
  end: number;
}

/**
 * The reporting clause between two quotations of a sentence, and nothing else: "…,” the director
 * said, adding: “…”. Bounded, so linear.
 */
const REPORTING_BETWEEN =
  /^["”’']?\s*,?\s*[^.;:“”"]{0,120}?\b(?:said|says|added|adds|stated|states|wrote|writes)\b,?\s*(?:(?:adding|saying|continuing)\s*)?:?\s*$/iu;

/**
 * Where a sentence holding several quotations is cut between `piece` and the `next`: just after the
 * quoted words, or — when only a reporting clause stands between them — just before the next
 * quotation, so that the clause saying who spoke stays with the words it attributes.
 */
function cutAfter(text: string, piece: QuotePiece, next: QuotePiece): number {
  const between = text.slice(piece.end, next.q.start);
  return next.q.start > piece.end && REPORTING_BETWEEN.test(between) ? next.q.start : piece.end;
}

/** One finding per quotation of a sentence; with several, the sentence is cut between them. */
function judgePieces(ctx: LetterContext, doc: SourceDocument, s: Sentence, pieces: QuotePiece[]): Draft[] {
  return pieces.map((p, i) => {
    const j = judgeQuotePiece(ctx, doc.text, s.text, p.q, p.start, p.end);
    const from = i === 0 ? s.start : cutAfter(doc.text, pieces[i - 1] as QuotePiece, p);
    const to = i === pieces.length - 1 ? s.end : cutAfter(doc.text, p, pieces[i + 1] as QuotePiece);
    const matchedEnds = new Map<number, number>();
    if (j.matched) for (const l of j.letter) matchedEnds.set(l.index, Math.min(l.end, j.matched.end));
    return {
      press: { start: from, end: to },
      quote: p.q,
      judgement: decisionOf(j),
      matchedEnds: flatEnds(matchedEnds),
    };
  });
}

/**
 * Judges every sentence of one press document; `onJudged` is told each sentence's drafts as soon as
 * they are made (the document stage gathers what it needs of them then, not from the whole list later).
 */
export function judgeSentences(
  ctx: LetterContext,
  doc: SourceDocument,
  regulatorNames: readonly string[],
  onJudged: (s: Sentence, drafts: readonly Draft[]) => void = () => {},
): { drafts: Draft[]; sentences: Sentence[] } {
  const analysed = analyseText(doc.text, regulatorNames);
  const drafts: Draft[] = [];
  // Each sentence's quotations and quoted terms, gathered in one pass (in their order), not by a pass
  // over every quotation and term of the document per sentence.
  const quotesOf = new Map<number, AnalysedQuote[]>();
  for (const q of analysed.quotes) {
    for (const i of q.sentences) {
      const list = quotesOf.get(i);
      if (list) list.push(q);
      else quotesOf.set(i, [q]);
    }
  }
  const termsOf = termsBySentence(analysed.sentences, analysed.terms);
  for (const s of analysed.sentences) {
    // The comparison's time limit (deadline.ts, set by comparePressDocument), between sentences as well
    // as inside their long stages.
    checkDeadline();
    // A quotation piece is judged on its own when it has a word inside this sentence.
    const quotes = quotesOf.get(s.index);
    const pieces = quotes
      ? quotes
          .map((q) => ({ q, start: Math.max(q.inner.start, s.start), end: Math.min(q.inner.end, s.end) }))
          .filter((p) => hasToken(doc.text, p.start, p.end))
      : [];
    if (pieces.length > 0) {
      const own = judgePieces(ctx, doc, s, pieces);
      drafts.push(...own);
      onJudged(s, own);
      continue;
    }
    const termRanges = termsOf.get(s.index);
    const terms = termRanges ? termRanges.map((t) => doc.text.slice(t.start, t.end)) : NO_TERMS;
    const speaker = analysed.claimSpeaker[s.index] ?? "unknown";
    const j = judgeAnalysedClaim(analyseClaim(ctx, s, speaker, undefined, terms), ctx);
    const draft = {
      press: { start: s.start, end: s.end },
      judgement: decisionOf(j),
      matchedEnds: flatEnds(j.matchedEnds),
    };
    drafts.push(draft);
    onJudged(s, [draft]);
  }
  return { drafts, sentences: analysed.sentences };
}
