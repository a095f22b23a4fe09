import { endsWithin } from "../text/bounded.js";
import type { Sentence, SentenceRole } from "../types.js";
import { type Block, splitBlocks } from "./blocks.js";

/**
 * Abbreviations after which a full stop does not end a sentence (titles, Latin, months, "No.").
 * Intl.Segmenter splits after them; we glue the pieces back.
 */
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Sr|Jr|St|Cllr|Cllrs|Hon|Rt|Gov|Dept|No|Nos|Co|Ltd|Inc|Corp|approx|etc|e\.g|i\.e|cf|vs|viz|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$/;

const LONE_NUMBER = /^\d{1,3}[.)]?$/;

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

function trimmedRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s\u00a0\u200b]/u.test(text.charAt(start))) start++;
  while (end > start && /[\s\u00a0\u200b]/u.test(text.charAt(end - 1))) end--;
  return [start, end];
}

/**
 * How much text the segmenter is given at once. V8's Intl.Segmenter slows down sharply on long
 * strings (measured: 64,000 characters in 0.4 s, 65,536 in 5.5 s), so a long block is segmented a
 * window at a time: every sentence of a window but its last is kept, and the next window starts where
 * that last one did (the segmenter decides a boundary from the text around it, so the kept sentences
 * are the ones it would have found in the whole block).
 */
const SEGMENT_WINDOW = 4096;

/**
 * A shorter window tried first. V8 makes each sentence the segmenter hands back with a copy of the
 * whole string it was given (measured: 2 bytes a character of the window per sentence, 8 KB per
 * sentence at 4,096 characters), so a megabyte of short sentences made a quarter of a gigabyte of
 * garbage. Most windows hold several sentences in their first 512 characters.
 */
const SHORT_WINDOW = 512;
const LETTER = /\p{L}/u;

/**
 * Characters whose Unicode sentence-break class is none of those a boundary is made after (Sep, CR, LF,
 * STerm, ATerm): printable ASCII but the full stop, "!" and "?", the tab, Latin-1's no-break space,
 * signs and letters, curly quotes, en and em dashes, the euro sign (each checked against the segmenter
 * in test/core/segment/sentences.test.ts).
 */
export function cannotEndSentence(c: number): boolean {
  if (c >= 0x20 && c <= 0x7e) return c !== 0x2e && c !== 0x21 && c !== 0x3f;
  return (
    c === 0x09 ||
    (c >= 0xa0 && c <= 0xff) ||
    c === 0x2013 ||
    c === 0x2014 ||
    (c >= 0x2018 && c <= 0x201d) ||
    c === 0x20ac
  );
}

/** Closing marks a sentence's terminator may be followed by without a boundary before them. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x2019 || c === 0x201d;
}

/**
 * Whether the segmenter would find one sentence in `body[from, to)` without asking it: Unicode's
 * sentence boundaries (UAX #29) fall only after a paragraph separator or a terminator (".", "!", "?"
 * and the like), so a text with none, or with terminators only at its end (then closing quotes or
 * brackets, then spaces), is one sentence. Most paragraphs of a press text are; the segmenter call,
 * the costliest step of segmenting, is then skipped.
 */
function isOneSentence(body: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && cannotEndSentence(body.charCodeAt(i))) i++;
  if (i === to) return true;
  const stop = i;
  while (
    i < to &&
    (body.charCodeAt(i) === 0x2e || body.charCodeAt(i) === 0x21 || body.charCodeAt(i) === 0x3f)
  )
    i++;
  if (i === stop) return false;
  while (i < to && isCloser(body.charCodeAt(i))) i++;
  while (i < to && (body.charCodeAt(i) === 0x20 || body.charCodeAt(i) === 0x09)) i++;
  return i === to;
}

/**
 * The segmenter's sentences of `body[from, to)` without asking it, when every terminator there is
 * plain: a run of ".", "!" or "?" with closing marks after it, then spaces, tabs or no-break spaces
 * and a capital A–Z (a boundary before the capital: UAX #29's rule 11, as no rule from 6 to 8a holds
 * there), or the window's end; or full stops straight before a lower-case a–z (no boundary, rule 8);
 * every other character one after which no sentence ends (cannotEndSentence).
 * Anything else ("3.5", "U.K.", "e.g. the", a stop before a digit or a quote) is left to the
 * segmenter: undefined. Checked against the segmenter on random texts in the test.
 */
export function plainPieces(body: string, from: number, to: number): Array<[number, number]> | undefined {
  const pieces: Array<[number, number]> = [];
  let start = from;
  let i = from;
  while (i < to) {
    const c = body.charCodeAt(i);
    if (!isTerminator(c)) {
      if (!cannotEndSentence(c)) return undefined;
      i++;
      continue;
    }
    const stops = i;
    while (i < to && isTerminator(body.charCodeAt(i))) i++;
    // Full stops straight before a lower-case letter ("gov.uk", "e.g.the") end nothing (rule 8).
    if (i < to && isLowerAscii(body.charCodeAt(i)) && onlyFullStops(body, stops, i)) continue;
    while (i < to && isCloser(body.charCodeAt(i))) i++;
    const spaces = i;
    while (i < to && isSpaceOrTab(body.charCodeAt(i))) i++;
    if (i === to) break;
    const next = body.charCodeAt(i);
    if (i === spaces || next < 0x41 || next > 0x5a) return undefined;
    pieces.push([start, i]);
    start = i;
  }
  pieces.push([start, to]);
  return pieces;
}

/** ".", "!" or "?". */
function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

function isLowerAscii(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** A space, a tab or a no-break space (Unicode's sentence-break class Sp). */
function isSpaceOrTab(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

function onlyFullStops(body: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (body.charCodeAt(i) !== 0x2e) return false;
  return true;
}

/** The segmenter's sentences of `body.slice(from, to)`, as offsets into `body`. */
function windowPieces(body: string, from: number, to: number): Array<[number, number]> {
  if (to > from && isOneSentence(body, from, to)) return [[from, to]];
  const plain = to > from ? plainPieces(body, from, to) : undefined;
  if (plain) return plain;
  const pieces: Array<[number, number]> = [];
  for (const seg of segmenter.segment(body.slice(from, to)))
    pieces.push([from + seg.index, from + seg.index + seg.segment.length]);
  return pieces;
}

/**
 * The sentences a short window from `from` can settle, or undefined when it cannot (then the full
 * window decides, as before). The segmenter decides a boundary from the text before it and, after a
 * full stop and its closing quotes and spaces, from the characters up to the next letter (or the next
 * stop or paragraph break): "e.g. 12 units" runs on to the lower-case "u". So when the short window's
 * last sentence starts with a letter, no boundary before it was decided from text the window lacks,
 * and the next window, starting at that letter, reads on as the segmenter would have (a window that
 * starts at punctuation or white space can be read differently at its start). Checked against the full
 * windows on the seeds, the real letters and press texts, the fixtures and the adversarial inputs:
 * the same sentences.
 */
function shortWindowPieces(body: string, from: number): Array<[number, number]> | undefined {
  const to = from + SHORT_WINDOW;
  if (to >= body.length) return undefined;
  const pieces = windowPieces(body, from, to);
  const last = pieces[pieces.length - 1];
  if (pieces.length < 2 || !last || !LETTER.test(body.charAt(last[0]))) return undefined;
  return pieces;
}

/** The segmenter's sentences of `body` as `[start, end)` offsets, a window at a time (see SEGMENT_WINDOW). */
function segmentsOf(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  while (from < body.length) {
    const short = shortWindowPieces(body, from);
    const to = short ? from + SHORT_WINDOW : Math.min(body.length, from + SEGMENT_WINDOW);
    const pieces = short ?? windowPieces(body, from, to);
    // The last sentence of a window may run on past it: it is segmented again with the next window,
    // unless it is the window's only one (no boundary in the window: it ends there).
    const last = to < body.length && pieces.length > 1 ? pieces.pop() : undefined;
    out.push(...pieces);
    from = last ? last[0] : to;
  }
  return out;
}

/** Sentence ranges inside one block, abbreviations re-glued. */
export function sentencesOfBlock(text: string, block: Block): Array<[number, number]> {
  // Line breaks inside a block are wrapping or a page break, not sentence ends: ICU treats them
  // as hard breaks, so they become spaces (same length, so offsets are kept).
  let body = text.slice(block.start, block.end).replace(/[\r\n\u2028\u2029]/g, " ");
  // Page furniture the block skips over reads as blank (same length, so offsets are kept).
  for (const [s, e] of block.skip ?? [])
    body = body.slice(0, s - block.start) + " ".repeat(e - s) + body.slice(e - block.start);
  const ranges: Array<[number, number]> = [];
  for (const [segStart, segEnd] of segmentsOf(body)) {
    const [s, e] = trimmedRange(text, block.start + segStart, block.start + segEnd);
    if (e <= s) continue;
    const last = ranges[ranges.length - 1];
    // The abbreviation is at the end of the sentence so far: only its last characters are tested (a
    // test of the whole, as sentences were glued, was quadratic in a run of "Mr. Mr. Mr. …").
    // A number alone after a sentence end is a footnote mark or a contents page's page number ("What
    // needs to improve?1", "Areas for improvement 4"): it belongs to the sentence before, never a sentence.
    if (
      last &&
      (endsWithin(ABBREVIATION, text.slice(last[0], last[1]), last[1] - last[0], 16) ||
        LONE_NUMBER.test(text.slice(s, e)))
    )
      last[1] = e;
    else ranges.push([s, e]);
  }
  return ranges.flatMap(([s, e]) => cutLongSentence(text, s, e));
}

/**
 * The longest a sentence may be, in characters. The longest sentence in the real letters and press
 * texts is under 500 characters; a "sentence" of thousands (a page without full stops, a pasted table,
 * a hostile input) is cut into pieces of at most this length at white space, so that the work done per
 * sentence — every rule reads its sentence, some more than once — stays bounded.
 */
export const MAX_SENTENCE_CHARS = 1000;

/** `[start, end)` as it is when short enough, else cut at the last white space before each limit. */
function cutLongSentence(text: string, start: number, end: number): Array<[number, number]> {
  if (end - start <= MAX_SENTENCE_CHARS) return [[start, end]];
  const pieces: Array<[number, number]> = [];
  let from = start;
  while (end - from > MAX_SENTENCE_CHARS) {
    let cut = from + MAX_SENTENCE_CHARS;
    while (cut > from && !/\s/.test(text.charAt(cut))) cut--;
    if (cut === from) cut = from + MAX_SENTENCE_CHARS;
    const [s, e] = trimmedRange(text, from, cut);
    if (e > s) pieces.push([s, e]);
    from = cut;
  }
  const [s, e] = trimmedRange(text, from, end);
  if (e > s) pieces.push([s, e]);
  return pieces;
}

const ROLE_OF_BLOCK: Record<Block["role"], SentenceRole> = {
  paragraph: "body",
  "list-item": "list-item",
  heading: "heading",
};

/** Every sentence of a document, in order, with offsets into `text`. */
export function segmentSentences(text: string): Sentence[] {
  return segmentDocument(text).sentences;
}

/** The blocks of a document and its sentences (each naming its block by index). */
export function segmentDocument(text: string): { blocks: Block[]; sentences: Sentence[] } {
  const sentences: Sentence[] = [];
  const blocks = splitBlocks(text);
  blocks.forEach((block, blockIndex) => {
    for (const [start, end] of sentencesOfBlock(text, block)) {
      let own = text.slice(start, end);
      for (const [s, e] of block.skip ?? []) {
        if (s >= start && e <= end) own = own.slice(0, s - start) + " ".repeat(e - s) + own.slice(e - start);
      }
      sentences.push({
        index: sentences.length,
        block: blockIndex,
        start,
        end,
        text: own,
        role: ROLE_OF_BLOCK[block.role],
      });
    }
  });
  return { blocks, sentences };
}
