import type { QuotedRange } from "./quotes.js";

/**
 * The text of `[from, to)` with every quotation blanked out by spaces (same length, so offsets still
 * hold), built once for a block: each sentence's and quotation's frame is then a slice of it, not a
 * new pass over every quotation of the block.
 */
export function blankedBlock(text: string, from: number, to: number, ranges: QuotedRange[]): string {
  if (to <= from) return "";
  // How many quotations cover each position: +1 where one starts, -1 where it ends.
  const depth = new Int32Array(to - from + 1);
  for (const r of ranges) {
    const a = Math.max(r.start, from);
    const b = Math.min(r.end, to);
    if (a >= b) continue;
    (depth[a - from] as number)++;
    (depth[b - from] as number)--;
  }
  let out = "";
  let covered = 0;
  let runStart = from;
  for (let i = from; i < to; i++) {
    const before = covered;
    covered += depth[i - from] as number;
    if (before > 0 !== covered > 0) {
      out += before > 0 ? " ".repeat(i - runStart) : text.slice(runStart, i);
      runStart = i;
    }
  }
  out += covered > 0 ? " ".repeat(to - runStart) : text.slice(runStart, to);
  return out;
}
