import type { DiffPart } from "../types.js";
import { diffWordsWithin } from "./tokenDiff.js";

/** Quote marks and dashes are typography, not wording: they are made uniform before diffing. */
function typographic(s: string): string {
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
 * Word-level diff from the letter's words to the press's words (case-insensitive): jsdiff's
 * `diffWords` parts, computed over interned token ids (tokenDiff.ts). Past `MAX_DIFF_EDITS` edits
 * the whole text counts as replaced (the diff shown is "all deleted, all inserted").
 */
export function wordDiff(letter: string, press: string): DiffPart[] {
  const a = typographic(letter);
  const b = typographic(press);
  const replaced: DiffPart[] = [
    ...(a ? [{ op: "delete" as const, text: a }] : []),
    ...(b ? [{ op: "insert" as const, text: b }] : []),
  ];
  if (a.length + b.length > MAX_DIFF_CHARS) return replaced;
  const parts = diffWordsWithin(a, b, MAX_DIFF_EDITS);
  if (!parts) return replaced;
  return parts.map((p) => ({ op: p.added ? "insert" : p.removed ? "delete" : "equal", text: p.value }));
}
