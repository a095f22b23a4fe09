import type { Word as Token } from "./words.js";

/** A stretch of words two texts share verbatim: token index ranges `[from, to)` in each. */
export interface CommonRun {
  press: { from: number; to: number };
  letter: { from: number; to: number };
}

/** Key of the `n` words starting at `i` (normalised forms, so case and curly apostrophes do not matter). */
function gramKey(tokens: readonly Token[], i: number, n: number): string {
  let key = tokens[i]?.norm ?? "";
  for (let k = 1; k < n; k++) key += ` ${tokens[i + k]?.norm ?? ""}`;
  return key;
}

/** Word n-gram → the letter positions where it starts, so runs are found without comparing all pairs. */
export function gramPositions(tokens: readonly Token[], n: number): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = gramKey(tokens, i, n);
    const list = positions.get(key);
    if (list) list.push(i);
    else positions.set(key, [i]);
  }
  return positions;
}

/**
 * The runs of at least `minWords` consecutive words that `press` shares with `letter`, left to right,
 * greedily: at each press position the longest run starting there (over every letter position that
 * starts the same `seedWords`-gram) is taken and the walk resumes after it. Linear in the press length
 * times the (few) letter positions of each n-gram, so a 10,000-sentence letter costs no more per press
 * word than a short one.
 */
export function commonRuns(
  press: readonly Token[],
  letter: readonly Token[],
  letterGrams: Map<string, number[]>,
  minWords: number,
  seedWords: number,
): CommonRun[] {
  const runs: CommonRun[] = [];
  let i = 0;
  while (i + seedWords <= press.length) {
    const starts = letterGrams.get(gramKey(press, i, seedWords));
    let best = 0;
    let bestAt = -1;
    for (const p of starts ?? []) {
      let k = 0;
      while (i + k < press.length && p + k < letter.length && press[i + k]?.norm === letter[p + k]?.norm) k++;
      if (k > best) {
        best = k;
        bestAt = p;
      }
    }
    if (best >= minWords) {
      runs.push({ press: { from: i, to: i + best }, letter: { from: bestAt, to: bestAt + best } });
      i += best;
    } else i++;
  }
  return runs;
}
