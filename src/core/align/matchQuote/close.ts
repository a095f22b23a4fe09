import { checkDeadline } from "../../deadline.js";
import { STOPWORDS } from "../../text/tokens.js";
import type { LetterIndex } from "../letterIndex.js";
import { diffArraysWithin } from "../tokenDiff.js";
import { alignInOrder, MAX_DIFF_EDITS } from "./inOrder.js";

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

/** An approximate placement of quoted words: its Dice score and its first and last letter tokens. */
export interface CloseMatch {
  score: number;
  first: number;
  last: number;
  /** The placement came from the cheaper in-order alignment: the word diff ran over its budget. */
  approximate?: true;
}

/** Whether a sentence ends between letter token `pos - 1` and token `pos`. */
function sentenceBreakBefore(index: LetterIndex, pos: number): boolean {
  const prev = index.tokens[pos - 1];
  const next = index.tokens[pos];
  if (!prev || !next) return true;
  return /[.!?]/.test(index.text.slice(prev.end, next.start));
}

/** Letter positions to anchor windows on: `pos[i]` a letter token of the quoted word at `offset[i]`. */
export interface Anchors {
  pos: Int32Array;
  offset: Int32Array;
}

/**
 * The first `limit` letter positions of the quoted words, the rarest words first, then by position,
 * then by the word's place in the quotation: the prefix of the sorted list of every position of every
 * quoted word. Each word's positions are already in order (letterIndex.ts), so the prefix is merged
 * from them, the rarest words' first, and the merge stops at `limit`: "the" and "and", with hundreds
 * of positions each, are neither gathered nor sorted for a quotation that has rarer words.
 */
export function anchorsOf(index: LetterIndex, words: string[], limit: number): Anchors {
  const lists = words.map((w) => index.positionsOfWord.get(w) ?? []);
  // The quoted words by frequency (stable: equal frequencies keep the quotation's order).
  const byFreq = lists.map((_, k) => k).sort((a, b) => (lists[a]?.length ?? 0) - (lists[b]?.length ?? 0));
  const pos = new Int32Array(limit);
  const offset = new Int32Array(limit);
  let n = 0;
  for (let g = 0; g < byFreq.length && n < limit; ) {
    // A group of words of one frequency: their positions merged by position, then by offset.
    const freq = (lists[byFreq[g] as number] as number[]).length;
    let h = g;
    while (h < byFreq.length && (lists[byFreq[h] as number] as number[]).length === freq) h++;
    const group = byFreq.slice(g, h).sort((a, b) => a - b);
    const at = new Int32Array(group.length);
    while (n < limit && freq > 0) {
      let best = -1;
      let bestPos = 0;
      for (let m = 0; m < group.length; m++) {
        const p = (lists[group[m] as number] as number[])[at[m] as number];
        if (p !== undefined && (best < 0 || p < bestPos)) {
          best = m;
          bestPos = p;
        }
      }
      if (best < 0) break;
      pos[n] = bestPos;
      offset[n] = group[best] as number;
      at[best] = (at[best] as number) + 1;
      n++;
    }
    g = h;
  }
  return { pos: pos.subarray(0, n), offset: offset.subarray(0, n) };
}

/**
 * The letter's words numbered once per letter (equal numbers exactly when the normalised words are
 * equal), and a tally with a slot per distinct word: the bound below counts a window's words per
 * anchor, and a `Map` of strings per window was most of what placing a quotation allocated.
 */
interface NumberedWords {
  ids: Int32Array;
  idOf: Map<string, number>;
  tally: Int32Array;
}
const numberedWords = new WeakMap<LetterIndex, NumberedWords>();
function numberedWordsOf(index: LetterIndex): NumberedWords {
  let numbered = numberedWords.get(index);
  if (!numbered) {
    const idOf = new Map<string, number>();
    const ids = new Int32Array(index.tokens.length);
    index.tokens.forEach((t, i) => {
      let id = idOf.get(t.norm);
      if (id === undefined) {
        id = idOf.size;
        idOf.set(t.norm, id);
      }
      ids[i] = id;
    });
    numbered = { ids, idOf, tally: new Int32Array(idOf.size) };
    numberedWords.set(index, numbered);
  }
  return numbered;
}

/**
 * Upper bound before the diff: at most the quoted words the window (letter tokens `[from, to)`) holds
 * can match (all of them, and the content words among them), and the span is at least that long.
 * `wordIds` are the quoted words' numbers (-1 for a word the letter lacks), `content` whether each is
 * a content word.
 */
function wordsAvailable(
  numbered: NumberedWords,
  from: number,
  to: number,
  wordIds: Int32Array,
  content: readonly boolean[],
): { upper: number; upperContent: number } {
  const { ids, tally } = numbered;
  for (let i = from; i < to; i++) tally[ids[i] as number] = (tally[ids[i] as number] as number) + 1;
  let upper = 0;
  let upperContent = 0;
  for (let j = 0; j < wordIds.length; j++) {
    const id = wordIds[j] as number;
    if (id >= 0 && (tally[id] as number) > 0) {
      upper++;
      if (content[j]) upperContent++;
      tally[id] = (tally[id] as number) - 1;
    }
  }
  for (let i = from; i < to; i++) tally[ids[i] as number] = 0;
  return { upper, upperContent };
}

/** The quoted words a window's letter words match, in order (a budgeted diff, else an in-order alignment). */
function alignWindow(window: string[], words: string[], windowStart: number) {
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
  const parts = diffArraysWithin(window, words, MAX_DIFF_EDITS);
  const approximate = !parts;
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
  return { matched, matchedContent, first, last, quoteFirst, quoteLast, approximate };
}

/** Best approximate placement of `words` in the letter, anchored on shared words. */
export function findClose(index: LetterIndex, words: string[], topic?: TopicWeigher): CloseMatch | undefined {
  const anchors = anchorsOf(index, words, MAX_ANCHORS * 4);
  const tried = new Set<number>();
  let best: CloseMatch | undefined;
  let bestWeight = -1;
  const content = words.map((w) => !STOPWORDS.has(w));
  const contentWords = content.filter(Boolean).length;
  const numbered = numberedWordsOf(index);
  const wordIds = Int32Array.from(words, (w) => numbered.idOf.get(w) ?? -1);
  // A short quotation placed by one or two shared words is only believable inside a letter sentence
  // about the press sentence's topic (see SHORT_QUOTE_WORDS); when no letter sentence is on topic,
  // a short quotation has no approximate match at all.
  const gated = topic !== undefined && words.length <= SHORT_QUOTE_WORDS;
  for (let i = 0; i < anchors.pos.length; i++) {
    const pos = anchors.pos[i] as number;
    const offset = anchors.offset[i] as number;
    // Past MAX_ANCHORS windows nothing more is tried.
    if (tried.size >= MAX_ANCHORS) break;
    checkDeadline();
    const weight = topic ? topic.atToken(pos) : 0;
    if (gated && weight < MIN_TOPIC_WEIGHT) continue;
    const windowStart = Math.max(0, pos - offset - SLACK);
    if (tried.has(windowStart)) continue;
    tried.add(windowStart);
    const windowEnd = Math.min(index.tokens.length, pos - offset + words.length + SLACK);
    // A window that cannot beat the best so far is not diffed.
    const { upper, upperContent } = wordsAvailable(numbered, windowStart, windowEnd, wordIds, content);
    const bound = (2 * upper) / (words.length + upper);
    if (upper === 0 || (best && (bound < best.score || (bound === best.score && weight <= bestWeight))))
      continue;
    // Nor is a window diffed whose content words could not pass the test after the diff (below).
    if (upperContent === 0 || 2 * upperContent < contentWords) continue;
    const window = index.tokens.slice(windowStart, windowEnd).map((t) => t.norm);
    const { matched, matchedContent, first, last, quoteFirst, quoteLast, approximate } = alignWindow(
      window,
      words,
      windowStart,
    );
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
    // ("highly effective" placed on "effective support" for apprentices in care, not on "highly
    // motivated" adults, when the press sentence is about apprentices in care).
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
