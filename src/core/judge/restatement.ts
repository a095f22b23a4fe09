import { diffArrays } from "diff";
import type { Token } from "../text/tokens.js";

/**
 * Copied or paraphrased: a press sentence that reuses the letter's wording near-verbatim (at least
 * COPIED_SHARE of its words, in the letter's order, with a run of COPIED_RUN words unbroken) is
 * `copied`; otherwise a restatement with a source is a `paraphrase`.
 */
export const COPIED_SHARE = 0.75;
export const COPIED_RUN = 6;

export function copiedShare(press: Token[], letter: Token[]): { share: number; longestRun: number } {
  if (press.length === 0) return { share: 0, longestRun: 0 };
  const parts = diffArrays(
    letter.map((t) => t.norm),
    press.map((t) => t.norm),
  );
  let same = 0;
  let longestRun = 0;
  for (const p of parts) {
    if (p.added || p.removed) continue;
    same += p.value.length;
    longestRun = Math.max(longestRun, p.value.length);
  }
  return { share: same / press.length, longestRun };
}

export function isCopied(press: Token[], letter: Token[]): boolean {
  const { share, longestRun } = copiedShare(press, letter);
  return share >= COPIED_SHARE && longestRun >= Math.min(COPIED_RUN, press.length);
}
