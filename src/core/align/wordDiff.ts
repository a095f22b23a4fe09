import { isWhiteSpaceCode } from "../text/whiteSpace.js";
import type { DiffPart } from "../types.js";
import { diffWordsWithin, type WordSide, wordSide } from "./tokenDiff.js";

/** A quote mark or dash that `typographic` replaces. */
function isTypographicMark(c: number): boolean {
  return (
    c === 0x60 ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201b ||
    c === 0x2032 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x201e ||
    c === 0x2033 ||
    (c >= 0x2010 && c <= 0x2015)
  );
}

/**
 * Whether `typographic` would leave `s` as it is: no quote mark or dash to replace, and its white space
 * single spaces between words. Most sentences are; they are read once instead of copied five times.
 */
function alreadyPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isTypographicMark(c)) return false;
    if (isWhiteSpaceCode(c) && (c !== 0x20 || i === 0 || i === s.length - 1 || s.charCodeAt(i - 1) === 0x20))
      return false;
  }
  return true;
}

/** Quote marks and dashes are typography, not wording: they are made uniform before diffing. */
export function typographic(s: string): string {
  if (alreadyPlain(s)) return s;
  return s
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Longest texts diffed word by word; past this (or past the edit budget) the diff is "replace all". */
const MAX_DIFF_CHARS = 20_000;

/**
 * The most edits (word and punctuation tokens) the diff may need. Sentences are at most 1,000
 * characters (MAX_SENTENCE_CHARS) and real ones under 500: a press sentence and its letter source
 * that are alike at all differ by far fewer (the longest real diff seen needs 122 edits). It is the
 * only budget: it counts steps, not time, so the diff shown never depends on the machine's load.
 */
const MAX_DIFF_EDITS = 300;

/**
 * The letter texts diffed lately, made plain (typographic) and read as the diff reads them (tokens and
 * their case-folded keys): a letter sentence or passage is diffed against every press sentence or
 * quotation restating it, in every press document compared with the letter. Letter texts only — the
 * press side is read anew each time. Bounded: emptied when full. `side` is left out for a text too long
 * to diff (MAX_DIFF_CHARS), which is never read as tokens.
 */
const LETTER_SIDES = 1_000;
const letterSides = new Map<string, { plain: string; side: WordSide | undefined }>();
/** The case-folded keys of the letter sides kept, numbered: emptied with them. */
let letterTable = new Map<string, number>();
function letterSide(letter: string): { plain: string; side: WordSide | undefined } {
  let known = letterSides.get(letter);
  if (known === undefined) {
    if (letterSides.size >= LETTER_SIDES) {
      letterSides.clear();
      letterTable = new Map();
    }
    const plain = typographic(letter);
    known = { plain, side: plain.length > MAX_DIFF_CHARS ? undefined : wordSide(plain, letterTable) };
    letterSides.set(letter, known);
  }
  return known;
}

/**
 * Word-level diff from the letter's words to the press's words (case-insensitive): jsdiff's
 * `diffWords` parts, computed over interned token ids (tokenDiff.ts). Past `MAX_DIFF_EDITS` edits
 * the whole text counts as replaced (the diff shown is "all deleted, all inserted").
 */
export function wordDiff(letter: string, press: string): DiffPart[] {
  const { plain: a, side } = letterSide(letter);
  const b = typographic(press);
  const replaced: DiffPart[] = [
    ...(a ? [{ op: "delete" as const, text: a }] : []),
    ...(b ? [{ op: "insert" as const, text: b }] : []),
  ];
  if (a.length + b.length > MAX_DIFF_CHARS) return replaced;
  const parts = diffWordsWithin(side ?? a, b, MAX_DIFF_EDITS);
  if (!parts) return replaced;
  return parts.map((p) => ({ op: p.added ? "insert" : p.removed ? "delete" : "equal", text: p.value }));
}
