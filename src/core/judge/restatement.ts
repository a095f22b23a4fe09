import { diffArraysWithin } from "../align/tokenDiff.js";
import type { Token } from "../text/tokens.js";

/**
 * Copied or paraphrased: a press sentence that reuses the letter's wording near-verbatim (at least
 * COPIED_SHARE of its words, in the letter's order, with a run of COPIED_RUN words unbroken) is
 * `copied`; otherwise a restatement with a source is a `paraphrase`.
 */
export const COPIED_SHARE = 0.75;
export const COPIED_RUN = 6;

/**
 * The most edits the diff of a press sentence against a letter passage may need: sentences of up to
 * 100 words between them are always diffed in full. Past it (a run-on "sentence" of a whole page)
 * the shared words are counted by a cheaper in-order walk instead: the diff costs words × edits.
 */
const MAX_DIFF_EDITS = 200;

export function copiedShare(
  press: Token[],
  letter: Token[],
): { share: number; longestRun: number; approximate?: true } {
  if (press.length === 0) return { share: 0, longestRun: 0 };
  const a = letter.map((t) => t.norm);
  const b = press.map((t) => t.norm);
  const parts = diffArraysWithin(a, b, MAX_DIFF_EDITS);
  if (!parts) return { ...inOrderShare(a, b), approximate: true };
  let same = 0;
  let longestRun = 0;
  for (const p of parts) {
    if (p.added || p.removed) continue;
    same += p.value.length;
    longestRun = Math.max(longestRun, p.value.length);
  }
  return { share: same / press.length, longestRun };
}

/** How many press words the letter could account for, ignoring order (an upper bound on any alignment). */
function sharedWordsAtMost(press: Token[], letter: Token[]): number {
  const counts = new Map<string, number>();
  for (const t of letter) counts.set(t.norm, (counts.get(t.norm) ?? 0) + 1);
  let shared = 0;
  for (const t of press) {
    const n = counts.get(t.norm) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t.norm, n - 1);
    }
  }
  return shared;
}

/**
 * Shared words in order without a diff: each press word is matched to the letter's next occurrence
 * within eight words of the last match. A lower bound on what the diff would find, linear in time.
 */
function inOrderShare(letter: string[], press: string[]): { share: number; longestRun: number } {
  let at = 0;
  let same = 0;
  let run = 0;
  let longestRun = 0;
  for (const w of press) {
    let found = -1;
    for (let k = at; k < Math.min(letter.length, at + 8); k++) {
      if (letter[k] === w) {
        found = k;
        break;
      }
    }
    if (found < 0) {
      run = 0;
      continue;
    }
    run = found === at ? run + 1 : 1;
    same++;
    longestRun = Math.max(longestRun, run);
    at = found + 1;
  }
  return { share: same / press.length, longestRun };
}

export function isCopied(press: Token[], letter: Token[]): boolean {
  return copiedVerdict(press, letter).copied;
}

/** Whether the press reuses the letter's wording, and whether that was measured without the full diff (see copiedShare). */
export function copiedVerdict(press: Token[], letter: Token[]): { copied: boolean; approximate?: true } {
  // No diff can find more shared words than the two share as bags of words: when that is already
  // too few, the answer is no without the diff (which costs words × edits).
  if (sharedWordsAtMost(press, letter) < COPIED_SHARE * press.length) return { copied: false };
  const { share, longestRun, approximate } = copiedShare(press, letter);
  const copied = share >= COPIED_SHARE && longestRun >= Math.min(COPIED_RUN, press.length);
  return approximate ? { copied, approximate } : { copied };
}
