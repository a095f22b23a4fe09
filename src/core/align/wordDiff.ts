import { diffWords } from "diff";
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
 * The most edits (words and the spaces between them) the diff may need: far more than two texts
 * under MAX_DIFF_CHARS that are alike at all need, and a bound that does not depend on the machine's
 * load, as the timeout does (that stays, as the last guard).
 */
const MAX_DIFF_EDITS = 2000;

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
  const parts = diffWords(a, b, { ignoreCase: true, maxEditLength: MAX_DIFF_EDITS, timeout: 200 });
  if (!parts) return replaced;
  return parts.map((p) => ({ op: p.added ? "insert" : p.removed ? "delete" : "equal", text: p.value }));
}
