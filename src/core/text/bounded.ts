/**
 * Bounded scans over untrusted text. A pattern anchored at the end (`…\s*$`) is tried by the regex
 * engine from every start position of the string it is given, so testing it against the whole text
 * before each of n mentions costs O(n²) — minutes on a megabyte of press text. These helpers give such
 * a pattern only the `reach` characters before the point it is about (every such pattern in the judge
 * matches a few words: a verb and its object, an auxiliary and an adverb), and replace "is there a
 * match anywhere before here?" re-scans by one pass over the text and a binary search.
 */

import { allMatches } from "./matches.js";

/** The text of the `reach` characters before `end` (all of it when shorter). */
export function before(text: string, end: number, reach: number): { text: string; offset: number } {
  const offset = Math.max(0, end - reach);
  return { text: text.slice(offset, end), offset };
}

/** `re` (anchored at the end with `$`, no g/y flag) tested on at most `reach` characters before `end`. */
export function endsWithin(re: RegExp, text: string, end: number, reach: number): boolean {
  return re.test(before(text, end, reach).text);
}

/** Like String#search for a `$`-anchored `re`, within `reach` characters before `end`: an index into `text`, or -1. */
export function searchEndingWithin(re: RegExp, text: string, end: number, reach: number): number {
  const w = before(text, end, reach);
  const at = w.text.search(re);
  return at < 0 ? -1 : w.offset + at;
}

/**
 * Every match of `re` (which must have the g flag) in `text`, as [start, end) pairs, in order: what
 * `text.matchAll(re)` gives, found by `allMatches` (exec on `re` itself; see text/matches.ts).
 */
export function matchRanges(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of allMatches(re, text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Index of the first range starting at or after `from` (ranges sorted and not overlapping). */
function firstFrom(ranges: ReadonlyArray<readonly [number, number]>, from: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as readonly [number, number])[0] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether one of `ranges` (sorted, not overlapping) lies within [from, to). */
export function someRangeWithin(
  ranges: ReadonlyArray<readonly [number, number]>,
  from: number,
  to: number,
): boolean {
  const r = ranges[firstFrom(ranges, from)];
  return r !== undefined && r[1] <= to;
}

/** Whether one of `ranges` (sorted, not overlapping) overlaps [from, to), even in part. */
export function someRangeOverlapping(
  ranges: ReadonlyArray<readonly [number, number]>,
  from: number,
  to: number,
): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as readonly [number, number])[1] <= from) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo];
  return r !== undefined && r[0] < to;
}

/** The last of `ranges` (sorted, not overlapping) that lies within [from, to), or undefined. */
export function lastRangeWithin(
  ranges: ReadonlyArray<readonly [number, number]>,
  from: number,
  to: number,
): readonly [number, number] | undefined {
  // Ends are in the same order as starts: the last range ending by `to`.
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as readonly [number, number])[1] <= to) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo - 1];
  return r !== undefined && r[0] >= from ? r : undefined;
}

const SPACE = /\s/;

/** Start of the run of white space (JavaScript's `\s`) that ends at `end`; `end` when there is none. */
export function spaceRunStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && SPACE.test(text.charAt(i - 1))) i--;
  return i;
}

/**
 * For each of `spans` (in order of start, each ending no earlier than the one before: a document's
 * sentences), the `items` whose range overlaps it, in the items' order: what
 * `spans.map((s) => items.filter((i) => overlaps(s, rangeOf(i))))` gives, without a pass over every
 * item per span (quadratic in a press text of thousands of sentences). Each item is placed by a binary
 * search for the first span it reaches.
 */
export function overlappingPerSpan<T>(
  spans: readonly { start: number; end: number }[],
  items: readonly T[],
  rangeOf: (item: T) => { start: number; end: number },
): T[][] {
  const out: T[][] = spans.map(() => []);
  for (const item of items) {
    const r = rangeOf(item);
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid] as { end: number }).end <= r.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < spans.length; k++) {
      const s = spans[k] as { start: number; end: number };
      if (s.start >= r.end) break;
      if (r.start < s.end) (out[k] as T[]).push(item);
    }
  }
  return out;
}
