import { analyseText } from "../segment/analyse.js";

import type { Span } from "../types.js";
import { type ArticleClues, articleClues } from "./articleClues.js";
import { type CommonRun, commonRuns, gramPositions } from "./commonRuns.js";
import { type Word as Token, words as tokenize } from "./words.js";

/**
 * A shared passage must run this many words: shorter shared runs ("the quality of support planning")
 * are the common stock of every letter of a regulator; six or more words in the same order are
 * rarely shared by chance and are what a copied sentence or a quotation leaves behind.
 */
export const PASSAGE_WORDS = 6;
/** Inside a quotation, runs of this many words count (quotations are short, and altered in places). */
const QUOTE_RUN_WORDS = 3;
/** A quotation is found in a letter when runs of its words there cover this share of it. */
export const QUOTE_FOUND_SHARE = 0.8;

/** An article prepared once and checked against many letters. */
export interface PreparedArticle {
  text: string;
  /** What the article says about its source (body, dates, judgement, kind of document). */
  clues: ArticleClues;
  tokens: Token[];
  /** Quotations attributed to the regulator or to no one: the ones a letter could be the source of. */
  quotes: Array<{ span: Span; from: number; to: number }>;
}

/** A letter prepared once: its words and where each word trigram starts. */
export interface PreparedLetter {
  text: string;
  tokens: Token[];
  grams: Map<string, number[]>;
}

export interface Passage {
  press: Span;
  letter: Span;
  words: number;
}

export interface QuoteCheck {
  /** The words inside the quotation marks. */
  press: Span;
  words: number;
  /** Words of the quotation found in the letter in runs of three or more. */
  matchedWords: number;
  found: boolean;
  /** Where in the letter, when found. */
  letter?: Span;
}

/** What ties an article to one letter: shared passages and quotations found, with offsets into both. */
export interface Evidence {
  pressWords: number;
  passages: Passage[];
  /** Words of the article inside shared passages. */
  sharedWords: number;
  quotes: QuoteCheck[];
  quotesFound: number;
}

const SEED_WORDS = 3;

export function prepareArticle(text: string, regulatorNames: readonly string[] = []): PreparedArticle {
  const tokens = tokenize(text);
  const quotes = analyseText(text, regulatorNames)
    .quotes.filter((q) => q.speaker !== "other")
    .map((q) => {
      const from = tokens.findIndex((t) => t.start >= q.inner.start);
      let to = from;
      while (to >= 0 && to < tokens.length && (tokens[to] as Token).end <= q.inner.end) to++;
      return { span: { start: q.inner.start, end: q.inner.end, text: q.inner.text }, from, to };
    })
    .filter((q) => q.from >= 0 && q.to - q.from >= QUOTE_RUN_WORDS);
  return { text, tokens, quotes, clues: articleClues(text) };
}

export function prepareLetter(text: string): PreparedLetter {
  const tokens = tokenize(text);
  return { text, tokens, grams: gramPositions(tokens, SEED_WORDS) };
}

function spanOf(text: string, tokens: readonly Token[], from: number, to: number): Span {
  const start = (tokens[from] as Token).start;
  const end = (tokens[to - 1] as Token).end;
  return { start, end, text: text.slice(start, end) };
}

function checkQuote(
  article: PreparedArticle,
  letter: PreparedLetter,
  q: PreparedArticle["quotes"][number],
): QuoteCheck {
  const runs = commonRuns(
    article.tokens.slice(q.from, q.to),
    letter.tokens,
    letter.grams,
    QUOTE_RUN_WORDS,
    SEED_WORDS,
  );
  const words = q.to - q.from;
  const matchedWords = runs.reduce((n, r) => n + r.press.to - r.press.from, 0);
  const found = matchedWords / words >= QUOTE_FOUND_SHARE;
  return {
    press: q.span,
    words,
    matchedWords,
    found,
    ...(found ? { letter: letterSpanOf(letter, runs, words) } : {}),
  };
}

/**
 * The letter passage a quotation's runs point at: from the first run to the last when they lie in
 * order and close together (an altered quotation), else the longest run alone.
 */
function letterSpanOf(letter: PreparedLetter, runs: CommonRun[], words: number): Span {
  const first = runs[0] as CommonRun;
  const last = runs[runs.length - 1] as CommonRun;
  const inOrder = runs.every((r, i) => i === 0 || r.letter.from >= (runs[i - 1] as CommonRun).letter.to);
  if (inOrder && last.letter.to - first.letter.from <= words * 2)
    return spanOf(letter.text, letter.tokens, first.letter.from, last.letter.to);
  const longest = runs.reduce((a, b) => (b.letter.to - b.letter.from > a.letter.to - a.letter.from ? b : a));
  return spanOf(letter.text, letter.tokens, longest.letter.from, longest.letter.to);
}

/** The evidence that `article` draws on `letter`. */
export function gatherEvidence(article: PreparedArticle, letter: PreparedLetter): Evidence {
  const runs = commonRuns(article.tokens, letter.tokens, letter.grams, PASSAGE_WORDS, SEED_WORDS);
  const passages = runs.map((r) => ({
    press: spanOf(article.text, article.tokens, r.press.from, r.press.to),
    letter: spanOf(letter.text, letter.tokens, r.letter.from, r.letter.to),
    words: r.press.to - r.press.from,
  }));
  const quotes = article.quotes.map((q) => checkQuote(article, letter, q));
  return {
    pressWords: article.tokens.length,
    passages,
    sharedWords: passages.reduce((n, p) => n + p.words, 0),
    quotes,
    quotesFound: quotes.filter((q) => q.found).length,
  };
}
