import type { Finding } from "../core/types.js";

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between the two UTF-16 halves of one character (an emoji, say). */
function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isLowSurrogate(text.charCodeAt(offset)) &&
    isHighSurrogate(text.charCodeAt(offset - 1))
  );
}

/**
 * Makes a `[start, end)` pair safe to slice `text` with: clamped to the text, ordered, and widened
 * to whole characters when an offset would cut a surrogate pair (which would render as U+FFFD).
 * Offsets from the engine are already valid UTF-16 indexes; this only guards against bad input.
 */
export function safeRange(text: string, start: number, end: number): [number, number] {
  let from = Math.min(Math.max(0, Math.trunc(start) || 0), text.length);
  let to = Math.min(Math.max(from, Math.trunc(end) || 0), text.length);
  if (splitsSurrogatePair(text, from)) from -= 1;
  if (splitsSurrogatePair(text, to)) to += 1;
  return [from, to];
}

/** A run of the press text: plain, or the press span of the finding at `findingIndex`. */
export interface TextSegment {
  text: string;
  start: number;
  end: number;
  /** Index into the document's `findings` of the finding this run highlights; absent for plain text. */
  findingIndex?: number;
}

/**
 * Cuts a document text into plain and highlighted runs, in text order, covering every character once.
 * Findings are placed by their press offsets. Spans should not overlap; if one does, the later
 * finding keeps only the part after the earlier one ends, and a span left empty is not highlighted.
 */
export function segmentText(text: string, findings: readonly Finding[]): TextSegment[] {
  const order = findings
    .map((finding, index) => ({ index, range: safeRange(text, finding.press.start, finding.press.end) }))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.index - b.index);
  const segments: TextSegment[] = [];
  let cursor = 0;
  const plainUntil = (end: number): void => {
    if (end > cursor) segments.push({ text: text.slice(cursor, end), start: cursor, end });
    cursor = Math.max(cursor, end);
  };
  for (const { index, range } of order) {
    const [start, end] = range;
    plainUntil(start);
    const from = Math.max(start, cursor);
    if (end <= from) continue;
    segments.push({ text: text.slice(from, end), start: from, end, findingIndex: index });
    cursor = end;
  }
  plainUntil(text.length);
  return segments;
}
