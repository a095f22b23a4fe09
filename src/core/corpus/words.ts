/** A word of a text with its `[start, end)` offsets and its normalised form (no stem: not needed here). */
export interface Word {
  start: number;
  end: number;
  norm: string;
}

/**
 * The same word definition as `core/text/tokens.ts` (letters and digits, inner apostrophes kept,
 * hyphens splitting), without stemming: verbatim evidence compares words as written, and skipping the
 * stemmer halves the cost of preparing each candidate letter.
 */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ start: m.index, end: m.index + m[0].length, norm: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return out;
}
