/**
 * One press sentence without checkable quotation marks, analysed once before any rule reads it: its
 * tokens (with offsets), who it is attributed to, its short quoted terms, its grade claims judged
 * against the letter's grades, and its alignment with the letter (the whole sentence, else by its
 * quoted terms, else by its best sourced clause). The rules (rules/*.ts) only read this: the judge
 * never re-aligns or re-segments.
 */
import { type Alignment, alignSentence } from "../align/alignSentence.js";
import { alignByTerms } from "../align/anchorTerms.js";
import { sourceableClauses } from "../align/clauses.js";
import { pressWordsOf } from "../align/pressWords.js";
import { isContentToken, type Token, tokenize } from "../text/tokens.js";
import type { Sentence, Speaker } from "../types.js";
import { attributionFilter, type LetterContext, regionsOf } from "./context.js";
import { GRADED_REST_SOURCED, type GradeJudgement, gradeWordsAside, judgeGrades } from "./grades.js";
import type { MatchedSpan } from "./negation.js";
import { alignByFigure } from "./numbers/figureAnchor.js";
import type { LetterRegion } from "./overstated.js";

/**
 * A press sentence restates the letter when the letter sentences it lines up with account for at
 * least half of its distinctive words (IDF-weighted, attribution words left out) and share at least
 * three content words with it — or two thirds of a short sentence's words.
 */
export const SOURCED = 0.5;
export const SOURCED_SHORT = 0.66;
export const MIN_SHARED = 3;

export function isSourced(weighted: number, shared: number): boolean {
  return (weighted >= SOURCED && shared >= MIN_SHARED) || (weighted >= SOURCED_SHORT && shared >= 2);
}

/** Fewer content words than this and a sentence is too slight to be a claim ("Read more", "Contact us"). */
export const MIN_CLAIM_WORDS = 4;

export interface ClaimAnalysis {
  sentence: Sentence;
  tokens: Token[];
  /** Who the sentence's unquoted words are attributed to. */
  speaker: Speaker;
  /** Short quoted terms in the sentence (the ‘step-down’ service): anchors into the letter. */
  terms: readonly string[];
  /** The sentence's grade claims judged against the letter's grades (grades.ts); none without any. */
  graded?: GradeJudgement;
  /** Words that say who speaks rather than what the letter says (and grade words already judged). */
  isAttribution: (t: Token) => boolean;
  /** Content words that are not attribution: what the sentence claims. */
  content: readonly Token[];
  /** The alignment with the letter (none for site furniture, which is never aligned). */
  alignment?: Alignment;
  /** IDF-weighted share of the sentence's words the alignment accounts for, and the words shared. */
  weighted: number;
  shared: number;
  /** The letter sentences it lines up with, in letter order. */
  letter: Sentence[];
  /** Little besides the grades (or a heading): the grade claims are the sentence's claim. */
  gradeOnly: boolean;
  /** It restates the letter: sourced whole, by its terms or by a clause (and not grade-only). */
  restates: boolean;
  /** Enough words to be a claim, and not a heading. */
  isClaim: boolean;
  /** For a restatement: the letter regions its words come from, and per source the matched span. */
  regions: LetterRegion[];
  spans: MatchedSpan[];
  /** Per source sentence, the letter offset where the matched words end. */
  matchedEnds: Map<number, number>;
}

/** The alignment: the whole sentence, else by its quoted terms, else by its best sourced clause. */
function alignClaim(
  ctx: LetterContext,
  sentence: Sentence,
  tokens: Token[],
  terms: readonly string[],
  isAttribution: (t: Token) => boolean,
): { alignment: Alignment; anchored: boolean; content: readonly Token[] } {
  let alignment = alignSentence(ctx.index, tokens, isAttribution);
  // The content words that are not attribution are the words the whole-sentence alignment measured:
  // read from its prepared words (the last prepared, so no work) rather than filtered again.
  const content = pressWordsOf(ctx.index, tokens, isAttribution).words;
  let anchored = false;
  if (!isSourced(alignment.coverage.weighted, alignment.coverage.shared) && terms.length > 0) {
    const byTerms = alignByTerms(ctx.index, sentence.text, terms, alignment, isAttribution);
    if (byTerms) {
      alignment = byTerms;
      anchored = true;
    }
  }
  // Not sourced whole: a clause of it may be (the finding behind "rated X after inspectors found Y").
  // The best sourced clause's alignment stands for the sentence; the other clauses' words (the
  // framing) are the press's own.
  if (!anchored && !isSourced(alignment.coverage.weighted, alignment.coverage.shared)) {
    const contentWord = (t: Token) => isContentToken(t) && !isAttribution(t);
    for (const clause of sourceableClauses(sentence.text, tokens, contentWord)) {
      const byClause = alignSentence(ctx.index, clause, isAttribution);
      if (
        isSourced(byClause.coverage.weighted, byClause.coverage.shared) &&
        (!anchored || byClause.coverage.weighted > alignment.coverage.weighted)
      ) {
        alignment = byClause;
        anchored = true;
      }
    }
  }
  // A figure restated in other words ("nearly one in five" for 18%): aligned with its figure set aside.
  if (!anchored && !isSourced(alignment.coverage.weighted, alignment.coverage.shared)) {
    const byFigure = alignByFigure(ctx, sentence.text, tokens, isAttribution, isSourced);
    if (byFigure) return { alignment: byFigure, anchored: true, content }; // its figures tie it to the letter
  }
  return { alignment, anchored, content };
}

/** Per source sentence, the letter text from its first to its last word the press shares. */
function matchedSpans(ctx: LetterContext, matched: Map<number, number[]>): MatchedSpan[] {
  const spans: MatchedSpan[] = [];
  for (const [s, idx] of matched) {
    const toks = ctx.index.sentenceTokens[s];
    const first = toks?.[idx[0] ?? -1];
    const last = toks?.[idx[idx.length - 1] ?? -1];
    if (first && last) spans.push({ start: first.start, end: last.end });
  }
  return spans;
}

/** The content words that are not attribution: what the sentence claims. */
function contentOf(tokens: Token[], isAttribution: (t: Token) => boolean): Token[] {
  return tokens.filter((t) => isContentToken(t) && !isAttribution(t));
}

/** A sentence not aligned (site furniture): no claim, whatever words it shares with the letter. */
function unaligned(
  sentence: Sentence,
  speaker: Speaker,
  tokens: Token[],
  terms: readonly string[],
): ClaimAnalysis {
  const isAttribution = attributionFilter(sentence.text);
  return {
    sentence,
    tokens,
    speaker,
    terms,
    isAttribution,
    content: contentOf(tokens, isAttribution),
    weighted: 0,
    shared: 0,
    letter: [],
    gradeOnly: false,
    restates: false,
    isClaim: false,
    regions: [],
    spans: [],
    matchedEnds: new Map(),
  };
}

export function analyseClaim(
  ctx: LetterContext,
  sentence: Sentence,
  speaker: Speaker,
  tokens: Token[] = tokenize(sentence.text),
  terms: readonly string[] = [],
): ClaimAnalysis {
  if (sentence.role === "furniture") return unaligned(sentence, speaker, tokens, terms);
  const graded = judgeGrades(ctx, sentence);
  // Asked once or twice per token (the measured words, a clause's words): a test of a word set and of
  // the sentence's few name, verb and grade spans, cheaper than remembering its answers was.
  const isAttribution = gradeWordsAside(attributionFilter(sentence.text), graded);
  const aligned = alignClaim(ctx, sentence, tokens, terms, isAttribution);
  const { alignment } = aligned;
  const { weighted, shared, matchedInSource } = alignment.coverage;
  const { content } = aligned;
  const gradeOnly = graded !== undefined && (content.length < MIN_CLAIM_WORDS || sentence.role === "heading");
  // True grades tie the sentence to this letter: its rest is sourced at a lower share.
  const anchored =
    aligned.anchored ||
    (graded?.kind === "paraphrase" && weighted >= GRADED_REST_SOURCED && shared >= MIN_SHARED);
  const restates = !gradeOnly && (anchored || isSourced(weighted, shared)) && content.length > 0;
  const matchedEnds = new Map<number, number>();
  if (restates)
    matchedInSource.forEach((idx, s) => {
      const tok = ctx.index.sentenceTokens[s]?.[idx[idx.length - 1] ?? -1];
      if (tok) matchedEnds.set(s, tok.end);
    });
  return {
    sentence,
    tokens,
    speaker,
    terms,
    graded,
    isAttribution,
    content,
    alignment,
    weighted,
    shared,
    letter: alignment.sources.map((i) => ctx.sentences[i] as Sentence),
    gradeOnly,
    restates,
    isClaim: content.length >= MIN_CLAIM_WORDS && sentence.role !== "heading",
    regions: restates ? regionsOf(ctx, matchedInSource) : [],
    spans: restates ? matchedSpans(ctx, matchedInSource) : [],
    matchedEnds,
  };
}
