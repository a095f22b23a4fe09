import type { QuotedRange } from "./quotes.js";

/**
 * The text of `[from, to)` with every quotation blanked out by spaces (same length, so offsets still
 * hold), built once for a block: each sentence's and quotation's frame is then a slice of it, not a
 * new pass over every quotation of the block. The quotations (clipped to the block) are read in order
 * of their start, and where they overlap or touch they blank one stretch; the text between stretches is
 * copied in one slice each, so a block without quotations is one slice of the text.
 */
export function blankedBlock(text: string, from: number, to: number, ranges: QuotedRange[]): string {
  if (to <= from) return "";
  const clipped: Array<[number, number]> = [];
  let sorted = true;
  for (const r of ranges) {
    const a = Math.max(r.start, from);
    const b = Math.min(r.end, to);
    if (a >= b) continue;
    const last = clipped[clipped.length - 1];
    if (last && a < last[0]) sorted = false;
    clipped.push([a, b]);
  }
  if (clipped.length === 0) return text.slice(from, to);
  if (!sorted) clipped.sort((x, y) => x[0] - y[0]);
  let out = "";
  let copied = from; // text before this is in `out`
  let i = 0;
  while (i < clipped.length) {
    const [a] = clipped[i] as [number, number];
    let end = (clipped[i] as [number, number])[1];
    i++;
    // The quotations overlapping or touching this one blank one stretch.
    while (i < clipped.length && (clipped[i] as [number, number])[0] <= end) {
      end = Math.max(end, (clipped[i] as [number, number])[1]);
      i++;
    }
    out += text.slice(copied, a) + " ".repeat(end - a);
    copied = end;
  }
  return out + text.slice(copied, to);
}
