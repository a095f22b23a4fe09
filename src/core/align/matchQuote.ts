import { diffArrays } from "diff";
import { checkDeadline } from "../deadline.js";
import { STOPWORDS, type Token, tokenize } from "../text/tokens.js";
import type { LetterIndex } from "./letterIndex.js";
import { alignInOrder, MAX_DIFF_EDITS } from "./matchQuote/inOrder.js";
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
/** Words either side of an anchored window that an approximate match may reach. */
const SLACK = 4;
/** At most this many anchor positions are tried per quotation (the rarest words first). */
const MAX_ANCHORS = 60;

/**
 * A quotation of at most this many words is "short": one or two shared words place it anywhere in a
 * letter, so an approximate match must sit in a letter sentence about what the press sentence is about.
 */
export const SHORT_QUOTE_WORDS = 3;
/**
 * The topic weight (sum of the letter's idf of the shared press topic stems) a letter sentence needs to
 * count as being about the press sentence's topic: about one word found in at most a tenth of the
 * letter's sentences (ln 11 ≈ 2.4), or two commoner ones. A stem the whole letter repeats (the
 * provider's name) does not make a sentence on topic by itself.
 */
export const MIN_TOPIC_WEIGHT = 2.2;

/** How much each letter sentence shares of the press sentence's unquoted content words. */
export interface TopicWeigher {
  /** Topic weight of the letter sentence holding letter token `pos` (0 outside sentences). */
  atToken(pos: number): number;
  /** The highest weight of any letter sentence. */
  max: number;
  /** Index of the letter sentence with that weight (the first of equals), or -1. */
  best: number;
}

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

/**
 * Weighs each letter sentence by the press topic stems (the press sentence's unquoted content words)
 * it holds, each by its idf over the letter's sentences; undefined without topic stems.
 */
export function topicWeigher(index: LetterIndex, topicStems: readonly string[]): TopicWeigher | undefined {
  const stems = [...new Set(topicStems)];
  if (stems.length === 0) return undefined;
  const weights = new Map<number, number>();
  for (const stem of stems) {
    const idf = index.idf(stem);
    for (const s of index.postings.get(stem) ?? []) weights.set(s, (weights.get(s) ?? 0) + idf);
  }
  let max = 0;
  let best = -1;
  for (const [s, w] of weights) if (w > max || (w === max && s < best)) [max, best] = [w, s];
  return {
    max,
    best,
    atToken(pos: number) {
      const t = index.tokens[pos];
      return t ? (weights.get(sentenceAt(index, t.start)) ?? 0) : 0;
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
  for (let m = ellipsis.exec(text.slice(start, end)); m; m = ellipsis.exec(text.slice(start, end))) {
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
  const first = words[0];
  if (first === undefined) return -1;
  let found = -1;
  let foundWeight = -1;
  for (const p of index.positionsOfWord.get(first) ?? []) {
    if (p < from) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = index.tokens[p + k]?.norm === words[k];
    if (!ok) continue;
    if (!topic) return p;
    const weight = topic.atToken(p);
    if (weight > foundWeight) {
      found = p;
      foundWeight = weight;
    }
  }
  return found;
}

/** Whether a sentence ends between letter token `pos - 1` and token `pos`. */
function sentenceBreakBefore(index: LetterIndex, pos: number): boolean {
  const prev = index.tokens[pos - 1];
  const next = index.tokens[pos];
  if (!prev || !next) return true;
  return /[.!?]/.test(index.text.slice(prev.end, next.start));
}

/** Best approximate placement of `words` in the letter, anchored on shared words. */
function findClose(
  index: LetterIndex,
  words: string[],
  topic?: TopicWeigher,
): { score: number; first: number; last: number } | undefined {
  const anchors: Array<{ pos: number; offset: number; freq: number }> = [];
  words.forEach((w, offset) => {
    const positions = index.positionsOfWord.get(w) ?? [];
    for (const pos of positions) anchors.push({ pos, offset, freq: positions.length });
  });
  anchors.sort((a, b) => a.freq - b.freq || a.pos - b.pos);
  const tried = new Set<number>();
  let best: { score: number; first: number; last: number; approximate?: true } | undefined;
  let bestWeight = -1;
  let approximate = false;
  const contentWords = words.filter((w) => !STOPWORDS.has(w)).length;
  // A short quotation placed by one or two shared words is only believable inside a letter sentence
  // about the press sentence's topic (see SHORT_QUOTE_WORDS); when no letter sentence is on topic,
  // a short quotation has no approximate match at all.
  const gated = topic !== undefined && words.length <= SHORT_QUOTE_WORDS;
  for (const { pos, offset } of anchors.slice(0, MAX_ANCHORS * 4)) {
    checkDeadline();
    const weight = topic ? topic.atToken(pos) : 0;
    if (gated && weight < MIN_TOPIC_WEIGHT) continue;
    const windowStart = Math.max(0, pos - offset - SLACK);
    if (tried.has(windowStart) || tried.size >= MAX_ANCHORS) continue;
    tried.add(windowStart);
    const windowEnd = Math.min(index.tokens.length, pos - offset + words.length + SLACK);
    const window = index.tokens.slice(windowStart, windowEnd).map((t) => t.norm);
    // Upper bound before the diff: at most the quoted words the window holds can match, and the span
    // is at least that long. A window that cannot beat the best so far is not diffed.
    const available = new Map<string, number>();
    for (const w of window) available.set(w, (available.get(w) ?? 0) + 1);
    let upper = 0;
    let upperContent = 0;
    for (const w of words) {
      const n = available.get(w) ?? 0;
      if (n > 0) {
        upper++;
        if (!STOPWORDS.has(w)) upperContent++;
        available.set(w, n - 1);
      }
    }
    const bound = (2 * upper) / (words.length + upper);
    if (upper === 0 || (best && (bound < best.score || (bound === best.score && weight <= bestWeight))))
      continue;
    // Nor is a window diffed whose content words could not pass the test after the diff (below).
    if (upperContent === 0 || 2 * upperContent < contentWords) continue;
    let matched = 0;
    let matchedContent = 0;
    let first = -1;
    let last = -1;
    let at = windowStart;
    // Quoted words before the first and after the last matched word: replaced letter words stand
    // there ("is being rebuilt" quoted as "being built"), and belong in the window
    // the diff shows, though not in the score.
    let quoteAt = 0;
    let quoteFirst = -1;
    let quoteLast = -1;
    const parts = diffArrays(window, words, { maxEditLength: MAX_DIFF_EDITS });
    approximate = !parts;
    for (const part of parts ?? alignInOrder(window, words)) {
      const n = part.count ?? part.value.length;
      if (part.added) {
        quoteAt += n;
        continue;
      }
      if (!part.removed) {
        matched += n;
        matchedContent += part.value.filter((w) => !STOPWORDS.has(w)).length;
        if (first < 0) {
          first = at;
          quoteFirst = quoteAt;
        }
        last = at + n - 1;
        quoteLast = quoteAt + n - 1;
        quoteAt += n;
      }
      at += n;
    }
    // Shared function words alone ("is", "and") place nothing: "is poor" is not "is not". And the
    // Dice score counts function words, so a passage must also hold at least half the quotation's
    // content words: "outstanding partnerships with businesses" is not "they work well with
    // businesses", though "with businesses" makes two of four words.
    if (matchedContent === 0 || 2 * matchedContent < contentWords) continue;
    // A two-word quotation is a modifier and its head ("highly effective", "rapid progress"): sharing
    // only the modifier with the letter ("rapid growth") is another phrase, not an altered one, while
    // sharing the head ("effective") is the letter's phrase with its modifier changed.
    if (words.length === 2 && matched === 1 && quoteLast === 0) continue;
    const span = last - first + 1;
    const score = (2 * matched) / (words.length + span);
    // Equal scores: the window in the sentence that shares more of the press sentence's topic wins
    // ("highly effective" placed on "effective support" for learners with high needs, not on
    // "highly motivated" adults, when the press sentence is about learners with high needs).
    if (!best || score > best.score || (score === best.score && weight > bestWeight)) {
      bestWeight = weight;
      let from = first;
      for (let k = Math.min(quoteFirst, first - windowStart); k > 0 && !sentenceBreakBefore(index, from); k--)
        from--;
      let to = last;
      for (let k = Math.min(words.length - 1 - quoteLast, windowEnd - 1 - last); k > 0; k--) {
        if (sentenceBreakBefore(index, to + 1)) break;
        to++;
      }
      best = { score, first: from, last: to, ...(approximate ? { approximate: true as const } : {}) };
    }
  }
  return best;
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
  // Exact: each fragment (between ellipses) in order, close to the previous one.
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
    if (p < 0 || (lastPos >= 0 && p - lastPos > 80)) {
      firstPos = -1;
      break;
    }
    if (lastPos >= 0 && p > lastPos + 1)
      gaps.push({ start: (index.tokens[lastPos] as Token).end, end: (index.tokens[p] as Token).start });
    fragmentStarts.push((index.tokens[p] as Token).start);
    if (firstPos < 0) firstPos = p;
    lastPos = p + words.length - 1;
    from = lastPos + 1;
  }
  if (firstPos >= 0) {
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
  const words = fragments.flat().map((t) => t.norm);
  let close:
    | { score: number; first: number; last: number; reordered?: boolean; approximate?: true }
    | undefined = findClose(index, words, topic);
  // An in-order passage that lacks some of the quotation's content words ("locked in their cells
  // during the working day" for "locked in their cells for most of the day") loses to a letter
  // sentence holding every one of them in another order ("spent most of the day locked in their
  // cells"): the quoted words are that sentence's, rearranged.
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
