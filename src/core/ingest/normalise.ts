/**
 * Normalises decoded text before anything reads it, so that what the user sees and what the tool
 * compares are the same characters:
 * - line ends: Windows `\r\n` and old Mac `\r` become `\n` (segmentation splits lines on `\n`);
 * - no-break spaces (U+00A0, U+2007, U+202F) are kept: every later stage already reads them as white
 *   space (`\s`), and keeping them keeps the text identical to the file where nothing else changed;
 * - invisible characters go: soft hyphens (U+00AD, which would cut "inter­vention" into two words),
 *   zero-width spaces and joiners, word joiners and stray byte-order marks;
 * - terminal control sequences (ESC [ … m, OSC … BEL) and other C0/C1 control characters go, so
 *   untrusted text cannot drive the terminal it is shown in. Tabs and line ends stay.
 * Offsets of every later stage point into the returned text, which the report carries.
 */
export function normaliseText(input: string): string {
  let out = "";
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x0d) {
      out += "\n";
      if (input.charCodeAt(i + 1) === 0x0a) i++;
    } else if (c === 0x1b) {
      i = endOfEscape(input, i) - 1;
    } else if (isInvisible(c)) {
      // dropped
    } else if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f)) {
      // other control characters: dropped
    } else {
      out += input.charAt(i);
    }
  }
  return out;
}

/** Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM (zero-width no-break space). */
function isInvisible(c: number): boolean {
  return c === 0x00ad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

/**
 * Index just past an escape sequence starting at `i` (an ESC): CSI (`ESC [` parameters, final byte
 * @–~), OSC/DCS/APC/PM strings (ended by BEL or `ESC \`), or ESC and one following character.
 */
function endOfEscape(s: string, i: number): number {
  const kind = s.charAt(i + 1);
  if (kind === "[") {
    let j = i + 2;
    while (j < s.length) {
      const c = s.charCodeAt(j);
      j++;
      if (c >= 0x40 && c <= 0x7e) break;
    }
    return j;
  }
  if (kind === "]" || kind === "P" || kind === "_" || kind === "^") {
    let j = i + 2;
    while (j < s.length) {
      if (s.charCodeAt(j) === 0x07) return j + 1;
      if (s.charCodeAt(j) === 0x1b && s.charAt(j + 1) === "\\") return j + 2;
      j++;
    }
    return j;
  }
  return Math.min(s.length, i + 2);
}
