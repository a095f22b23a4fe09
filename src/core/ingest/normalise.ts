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
  const n = input.length;
  let first = 0;
  while (first < n && !needsChange(input.charCodeAt(first))) first++;
  // Most texts have nothing to change: they are returned as they are, not copied.
  if (first === n) return input;
  // The runs of kept characters between changes are joined, a batch at a time: appending the kept
  // characters one by one to a string made one rope node per character (about 30 bytes each: 776 MB
  // and 5 s of CPU for a 20 MB text), and a text that changes at every other character would make as
  // many runs, so runs are flattened every RUNS_PER_BATCH.
  const out = new Joiner();
  let runStart = 0;
  for (let i = first; i < n; i++) {
    const c = input.charCodeAt(i);
    if (!needsChange(c)) continue;
    out.add(input.slice(runStart, i));
    if (c === 0x0d) {
      out.add("\n");
      if (input.charCodeAt(i + 1) === 0x0a) i++;
    } else if (c === 0x1b) {
      i = endOfEscape(input, i) - 1;
    }
    // else: an invisible or control character, dropped
    runStart = i + 1;
  }
  out.add(input.slice(runStart));
  return out.text();
}

/** Line ends to rewrite, escapes, invisible characters and other control characters (tab and line feed stay). */
function needsChange(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f) || isInvisible(c);
}

const RUNS_PER_BATCH = 4096;

/** Pieces of a string joined a batch at a time, so that many short pieces never pile up. */
class Joiner {
  private batches: string[] = [];
  private pieces: string[] = [];
  add(piece: string): void {
    if (piece.length === 0) return;
    this.pieces.push(piece);
    if (this.pieces.length >= RUNS_PER_BATCH) {
      this.batches.push(this.pieces.join(""));
      this.pieces = [];
    }
  }
  text(): string {
    return this.batches.length === 0
      ? this.pieces.join("")
      : [...this.batches, this.pieces.join("")].join("");
  }
}

/** Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM (zero-width no-break space). */
function isInvisible(c: number): boolean {
  return c === 0x00ad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

/** The longest escape string (OSC, DCS, APC, PM) read looking for its terminator (an OSC 8 link's address fits). */
const MAX_ESCAPE_STRING = 4096;
/** The longest CSI sequence (parameters and intermediates) read looking for its final byte. */
const MAX_CSI = 64;

/**
 * Index just past an escape sequence starting at `i` (an ESC): CSI (`ESC [` parameters, final byte
 * @–~), OSC/DCS/APC/PM strings (ended by BEL or `ESC \`), or ESC and one following character.
 * Bounded: a sequence left open — no final byte among its next MAX_CSI characters, no terminator
 * before a line break or within MAX_ESCAPE_STRING characters — is not a sequence, and only its ESC
 * and introducer go. (Read to the end, one stray `ESC ]` used to drop the rest of the document.)
 */
function endOfEscape(s: string, i: number): number {
  const kind = s.charAt(i + 1);
  if (kind === "[") {
    const stop = Math.min(s.length, i + 2 + MAX_CSI);
    for (let j = i + 2; j < stop; j++) {
      const c = s.charCodeAt(j);
      if (c >= 0x40 && c <= 0x7e) return j + 1;
      if (c < 0x20 || c > 0x3f) break;
    }
    return Math.min(s.length, i + 2);
  }
  if (kind === "]" || kind === "P" || kind === "_" || kind === "^") {
    const stop = Math.min(s.length, i + 2 + MAX_ESCAPE_STRING);
    for (let j = i + 2; j < stop; j++) {
      const c = s.charCodeAt(j);
      if (c === 0x07) return j + 1;
      if (c === 0x1b && s.charAt(j + 1) === "\\") return j + 2;
      if (c === 0x0a || c === 0x0d) break;
    }
    return Math.min(s.length, i + 2);
  }
  return Math.min(s.length, i + 2);
}
