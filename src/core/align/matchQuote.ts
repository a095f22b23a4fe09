import { isContentToken, type Token, tokenize } from "../text/tokens.js";
import type { LetterIndex } from "./letterIndex.js";
import { type CloseMatch, findClose, type TopicWeigher } from "./matchQuote/close.js";
import { findReordered, lacksContentWord } from "./matchQuote/reordered.js";

export interface QuoteMatch {
  /** "exact": every quoted word, in order, in the letter; "close": most of them; "none": no letter passage is close. */
  grade: "exact" | "close" | "none";
  /** Dice score of quoted words against the matched letter words (0..1). */
  score: number;
  /** Range of the matched letter words (offsets into the letter). */
  start: number;
  end: number;
  /** Index in the letter's tokens of the first matched word. */
  firstToken: number;
  /** True when the quotation holds words in square brackets (an editorial insertion). */
  bracketed: boolean;
  /** True when the match is the letter's words in another order (see findReordered). */
  reordered?: boolean;
  /** The placement came from the cheaper in-order alignment: the word diff ran over its budget. */
  approximate?: boolean;
  /** For an exact match, the letter offset where each fragment (between ellipses) begins. */
  fragmentStarts?: number[];
  /** For an exact match, the letter text each ellipsis leaves out, as ranges. */
  gaps?: { start: number; end: number }[];
}

/**
 * A quotation counts as close to a letter passage at this Dice score of words or above
 * (e.g. 9 of 10 words kept with one changed: 0.86; 3 words of a 5-word passage: 0.6 fails).
 */
export const CLOSE_QUOTE = 0.66;
export { MIN_TOPIC_WEIGHT, SHORT_QUOTE_WORDS, type TopicWeigher } from "./matchQuote/close.js";

/** Index of the letter sentence holding character `at`, or -1 (binary search over sorted sentences). */
function sentenceAt(index: LetterIndex, at: number): number {
  let lo = 0;
  let hi = index.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = index.sentences[mid] as { start: number; end: number };
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Each letter sentence's content stems (the sets the postings were built from), once per letter. */
const stemSets = new WeakMap<LetterIndex, Set<string>[]>();
function contentStemsOf(index: LetterIndex, sentence: number): Set<string> | undefined {
  let sets = stemSets.get(index);
  if (!sets) {
    sets = index.sentenceTokens.map((toks) => new Set(toks.filter(isContentToken).map((t) => t.stem)));
    stemSets.set(index, sets);
  }
  return sets[sentence];
}

/**
 * Weighs each letter sentence by the press topic stems (the press sentence's unquoted content words)
 * it holds, each by its idf over the letter's sentences; undefined without topic stems. Nothing is
 * weighed until asked: most quotations stand in one place only and never ask (findExact), and a
 * sentence's weight is read from its own stems, the best sentence of all only when `max` or `best` is.
 */
export function topicWeigher(index: LetterIndex, topicStems: readonly string[]): TopicWeigher | undefined {
  const stems = [...new Set(topicStems)];
  if (stems.length === 0) return undefined;
  let top: { max: number; best: number } | undefined;
  const peak = () => {
    if (top) return top;
    const weights = new Map<number, number>();
    for (const stem of stems) {
      const idf = index.idf(stem);
      for (const s of index.postings.get(stem) ?? []) weights.set(s, (weights.get(s) ?? 0) + idf);
    }
    let max = 0;
    let best = -1;
    for (const [s, w] of weights) if (w > max || (w === max && s < best)) [max, best] = [w, s];
    top = { max, best };
    return top;
  };
  const bySentence = new Map<number, number>();
  /** The same sum as peak()'s for one sentence: the idf of each topic stem it holds, in the same order. */
  const weightOf = (sentence: number) => {
    let w = bySentence.get(sentence);
    if (w === undefined) {
      const own = contentStemsOf(index, sentence);
      w = 0;
      if (own) for (const stem of stems) if (own.has(stem)) w += index.idf(stem);
      bySentence.set(sentence, w);
    }
    return w;
  };
  return {
    get max() {
      return peak().max;
    },
    get best() {
      return peak().best;
    },
    atToken(pos: number) {
      const t = index.tokens[pos];
      return t ? weightOf(sentenceAt(index, t.start)) : 0;
    },
  };
}

/** Words in square brackets are the journalist's, not the letter's: they are left out of matching. */
function quotedWords(text: string, start: number, end: number): { fragments: Token[][]; bracketed: boolean } {
  const fragments: Token[][] = [[]];
  let bracketed = false;
  let inBracket = false;
  const gaps: Array<[number, number]> = [];
  const ellipsis = /\.{3}|…|\[\s*(?:\.\.\.|…)\s*\]/g;
  const quoted = text.slice(start, end);
  for (let m = ellipsis.exec(quoted); m; m = ellipsis.exec(quoted)) {
    gaps.push([start + m.index, start + m.index + m[0].length]);
  }
  for (const t of tokenize(text, start, end)) {
    // an ellipsis before this word starts a new fragment
    const last = fragments[fragments.length - 1] as Token[];
    const prev = last[last.length - 1];
    if (prev && gaps.some(([gs]) => gs >= prev.end && gs < t.start)) fragments.push([]);
    const between = text.slice(prev?.end ?? start, t.start);
    if (between.includes("[")) inBracket = true;
    if (between.includes("]")) inBracket = false;
    if (inBracket && !between.includes("]")) {
      bracketed = true;
      continue;
    }
    (fragments[fragments.length - 1] as Token[]).push(t);
  }
  return { fragments: fragments.filter((f) => f.length > 0), bracketed };
}

/**
 * First position from `from` on where `words` stand in the letter; with a topic, the occurrence in the
 * letter sentence sharing most of the press sentence's topic (first on ties): "good" said of
 * preparation for release is the "good" of that line, not the first "good" in the letter.
 */
function findExact(index: LetterIndex, words: string[], from: number, topic?: TopicWeigher): number {
  if (words.length === 0) return -1;
  // Candidates are read off the positions of the quotation's rarest word (the same candidates, in the
  // same order, as those of its first word: every occurrence holds both), not of "the" or "and".
  let anchor = 0;
  let positions = index.positionsOfWord.get(words[0] as string) ?? [];
  for (let k = 1; k < words.length && positions.length > 1; k++) {
    const own = index.positionsOfWord.get(words[k] as string) ?? [];
    if (own.length < positions.length) [anchor, positions] = [k, own];
  }
  // The first occurrence is weighed only once a second one is found: one occurrence is the answer.
  let only = -1;
  let found = -1;
  let foundWeight = -1;
  for (const q of positions) {
    const p = q - anchor;
    if (p < from) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = k === anchor || index.tokens[p + k]?.norm === words[k];
    if (!ok) continue;
    if (!topic) return p;
    if (only < 0) {
      only = p;
      continue;
    }
    if (found < 0) {
      found = only;
      foundWeight = topic.atToken(only);
    }
    const weight = topic.atToken(p);
    if (weight > foundWeight) {
      found = p;
      foundWeight = weight;
    }
  }
  return found < 0 ? only : found;
}

/**
 * Looks for the quoted words `text[start, end)` in the letter. `topicStems`, the stems of the press
 * sentence's unquoted content words, choose between candidate letter passages (see findExact, findClose).
 */
export function matchQuote(
  index: LetterIndex,
  text: string,
  start: number,
  end: number,
  topicStems: readonly string[] = [],
): QuoteMatch {
  const topic = topicWeigher(index, topicStems);
  const { fragments, bracketed } = quotedWords(text, start, end);
  const none: QuoteMatch = { grade: "none", score: 0, start: 0, end: 0, firstToken: -1, bracketed };
  if (fragments.length === 0) return none;
  const exact = exactMatch(index, fragments, bracketed, topic);
  if (exact) return exact;
  const close = closeOrReordered(index, fragments, topic);
  if (!close) return none;
  const a = index.tokens[close.first] as Token;
  const b = index.tokens[close.last] as Token;
  return {
    grade: close.score >= CLOSE_QUOTE ? "close" : "none",
    score: close.score,
    start: a.start,
    end: b.end,
    firstToken: close.first,
    bracketed,
    ...(close.reordered ? { reordered: true } : {}),
    ...(close.approximate && !close.reordered ? { approximate: true } : {}),
  };
}

/** Exact: each fragment (between ellipses) in order, close to the previous one; undefined if any is missing. */
function exactMatch(
  index: LetterIndex,
  fragments: Token[][],
  bracketed: boolean,
  topic: TopicWeigher | undefined,
): QuoteMatch | undefined {
  let from = 0;
  let firstPos = -1;
  let lastPos = -1;
  const fragmentStarts: number[] = [];
  const gaps: { start: number; end: number }[] = [];
  for (const frag of fragments) {
    const words = frag.map((t) => t.norm);
    // A quotation without ellipses may stand anywhere: its on-topic occurrence is taken. Fragments
    // must follow each other, so they keep the first placement that fits.
    const p = findExact(index, words, from, fragments.length === 1 ? topic : undefined);
    if (p < 0 || (lastPos >= 0 && p - lastPos > 80)) return undefined;
    if (lastPos >= 0 && p > lastPos + 1)
      gaps.push({ start: (index.tokens[lastPos] as Token).end, end: (index.tokens[p] as Token).start });
    fragmentStarts.push((index.tokens[p] as Token).start);
    if (firstPos < 0) firstPos = p;
    lastPos = p + words.length - 1;
    from = lastPos + 1;
  }
  if (firstPos < 0) return undefined;
  const a = index.tokens[firstPos] as Token;
  const b = index.tokens[lastPos] as Token;
  return {
    grade: "exact",
    score: 1,
    start: a.start,
    end: b.end,
    firstToken: firstPos,
    bracketed,
    fragmentStarts,
    gaps,
  };
}

/** The best approximate placement of the quoted words: in the letter's order, or rearranged. */
function closeOrReordered(
  index: LetterIndex,
  fragments: Token[][],
  topic: TopicWeigher | undefined,
): (CloseMatch & { reordered?: boolean }) | undefined {
  const words = fragments.flat().map((t) => t.norm);
  let close: (CloseMatch & { reordered?: boolean }) | undefined = findClose(index, words, topic);
  // An in-order passage that lacks some of the quotation's content words ("kept waiting in the
  // corridor during the evening" for "kept waiting in the corridor for much of the evening") loses to
  // a letter sentence holding every one of them in another order ("spent much of the evening kept
  // waiting in the corridor"): the quoted words are that sentence's, rearranged.
  if (!close || close.score < CLOSE_QUOTE || lacksContentWord(index, close, fragments.flat())) {
    const reordered = findReordered(index, fragments.flat());
    if (reordered) {
      const span = reordered.last - reordered.first + 1;
      // Scored as a Dice of the quoted words against the window, floored at the close threshold and
      // kept below an exact match: all the quoted content words are there, only their order and the
      // function words differ.
      close = {
        ...reordered,
        score: Math.min(0.99, Math.max(CLOSE_QUOTE, (2 * words.length) / (words.length + span))),
        reordered: true,
      };
    }
  }
  return close;
}
