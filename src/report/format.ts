import type { Finding } from "../core/types.js";
import { stripControlChars } from "./sanitize.js";

/** A 0..1 share as a whole percentage; shares that are not numbers (nothing to report) as "n/a". */
export function percent(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)}%` : "n/a";
}

/** Collapses all white space (line breaks included) into single spaces, for one-line contexts. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Sanitised single-line text: what a table cell, a heading or a terminal line may show. */
export function cleanLine(text: string): string {
  return oneLine(stripControlChars(text));
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Shortens text to at most `max` user-perceived characters, ending with "…" when cut. Counting
 * graphemes, not UTF-16 units, never splits an emoji's surrogate pair or a ZWJ sequence.
 */
export function truncate(text: string, max: number): string {
  const parts = Array.from(graphemes.segment(text), (s) => s.segment);
  if (parts.length <= max) return text;
  return `${parts
    .slice(0, Math.max(0, max - 1))
    .join("")
    .trimEnd()}…`;
}

/**
 * East Asian wide and fullwidth characters (Hangul Jamo, CJK, Hangul syllables, compatibility
 * ideographs, fullwidth forms, the supplementary ideograph planes) and emoji presentation: terminals
 * draw these two columns wide.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]|\p{Extended_Pictographic}/u;

/** Terminal columns `text` takes: one per user-perceived character, two for wide ones (for padding). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(text)) width += WIDE.test(segment) ? 2 : 1;
  return width;
}

/** "quote-altered · selective": the kind followed by the flags. */
export function findingLabel(finding: Finding): string {
  return [finding.kind, ...finding.flags].join(" · ");
}

/** "1 omission", "3 omissions". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
