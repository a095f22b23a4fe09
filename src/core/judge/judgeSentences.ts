/**
 * Judging every sentence of one press document: the document is segmented once (segment/analyse.ts),
 * each sentence without checkable quotation marks is judged as a claim, each quotation (the part of it
 * inside one sentence) on its own — several in a sentence cut the sentence between them.
 */
import { checkDeadline } from "../deadline.js";
import { type AnalysedQuote, analyseText } from "../segment/analyse.js";
import { tokenize } from "../text/tokens.js";
import type { Sentence, SourceDocument } from "../types.js";
import { analyseClaim } from "./claimAnalysis.js";
import type { LetterContext } from "./context.js";
import { type ClaimJudgement, judgeAnalysedClaim } from "./judgeClaim.js";
import { judgeQuotePiece, type QuoteJudgement } from "./judgeQuote.js";

/** A quotation piece needs at least this many words inside one sentence to be judged on its own. */
const MIN_PIECE_WORDS = 1;

export interface Draft {
  press: { start: number; end: number };
  quote?: AnalysedQuote;
  judgement: QuoteJudgement | ClaimJudgement;
  /** Letter sentence index → end offset of the matched words in it. */
  matchedEnds: Map<number, number>;
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
    return { press: { start: from, end: to }, quote: p.q, judgement: j, matchedEnds };
  });
}

/** Judges every sentence of one press document. */
export function judgeSentences(
  ctx: LetterContext,
  doc: SourceDocument,
  regulatorNames: readonly string[],
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
    const pieces = (quotesOf.get(s.index) ?? [])
      .map((q) => ({ q, start: Math.max(q.inner.start, s.start), end: Math.min(q.inner.end, s.end) }))
      .filter((p) => tokenize(doc.text, p.start, p.end).length >= MIN_PIECE_WORDS);
    if (pieces.length > 0) {
      drafts.push(...judgePieces(ctx, doc, s, pieces));
      continue;
    }
    const terms = (termsOf.get(s.index) ?? []).map((t) => doc.text.slice(t.start, t.end));
    const speaker = analysed.claimSpeaker[s.index] ?? "unknown";
    const j = judgeAnalysedClaim(analyseClaim(ctx, s, speaker, undefined, terms), ctx);
    drafts.push({ press: { start: s.start, end: s.end }, judgement: j, matchedEnds: j.matchedEnds });
  }
  return { drafts, sentences: analysed.sentences };
}
