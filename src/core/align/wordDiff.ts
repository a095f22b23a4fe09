import { diffWords, wordDiff as jsWordDiff } from "diff";
import type { DiffPart } from "../types.js";

/** Quote marks and dashes are typography, not wording: they are made uniform before diffing. */
function typographic(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Longest texts diffed word by word; past this (or past the time budget) the diff is "replace all". */
const MAX_DIFF_CHARS = 20_000;

/**
 * The most edits (word and punctuation tokens) the diff may need. Sentences are at most 1,000
 * characters (MAX_SENTENCE_CHARS) and real ones under 500: a press sentence and its letter source
 * that are alike at all differ by far fewer. The bound does not depend on the machine's load, as
 * the timeout does (that stays, as the last guard).
 */
const MAX_DIFF_EDITS = 300;

/**
 * Word-level diff from the letter's words to the press's words (case-insensitive), with a budget:
 * jsdiff returns undefined past `maxEditLength` edits or when `timeout` runs out, and then the whole
 * text counts as replaced (the diff shown is "all deleted, all inserted").
 */
export function wordDiff(letter: string, press: string): DiffPart[] {
  const a = typographic(letter);
  const b = typographic(press);
  const replaced: DiffPart[] = [
    ...(a ? [{ op: "delete" as const, text: a }] : []),
    ...(b ? [{ op: "insert" as const, text: b }] : []),
  ];
  if (a.length + b.length > MAX_DIFF_CHARS) return replaced;
  if (fewestEdits(a, b) > MAX_DIFF_EDITS) return replaced;
  const parts = diffWords(a, b, { ignoreCase: true, maxEditLength: MAX_DIFF_EDITS, timeout: 200 });
  if (!parts) return replaced;
  return parts.map((p) => ({ op: p.added ? "insert" : p.removed ? "delete" : "equal", text: p.value }));
}

/**
 * A lower bound on the edits the word diff of `a` and `b` needs: every token of either text that the
 * other cannot match (as a bag of tokens, compared as jsdiff compares them) is an edit. When it is
 * over the budget the diff would give up anyway, after (words × budget) steps: it is not started.
 */
function fewestEdits(a: string, b: string): number {
  const key = (t: string) => t.trim().toLowerCase();
  const ta = jsWordDiff.tokenize(a, {}) as string[];
  const tb = jsWordDiff.tokenize(b, {}) as string[];
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
  let shared = 0;
  for (const t of tb) {
    const n = counts.get(key(t)) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(key(t), n - 1);
    }
  }
  return ta.length + tb.length - 2 * shared;
}
