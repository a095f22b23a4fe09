import { endsWithin } from "../text/bounded.js";

/**
 * Splits a document into blocks — paragraphs, list items and headings — as `[start, end)` ranges,
 * rejoining paragraphs that line wrapping or a page break cut in two.
 */

export type BlockRole = "paragraph" | "list-item" | "heading";

export interface Block {
  start: number;
  end: number;
  role: BlockRole;
  /** Page furniture inside the block (a running footer a page break put mid-sentence), to be read as blank. */
  skip?: Array<[number, number]>;
  /** The number of a numbered paragraph or list item ("12." → 12). */
  number?: number;
}

interface Line {
  start: number;
  end: number;
  /** Blank lines between this line and the previous non-blank one. */
  blanksBefore: number;
  bullet: boolean;
  /** Length of the raw line (marker and indent included), for telling wrapped lines from short ones. */
  width: number;
  /** Its number, when the line opens with a numbered marker ("12. "). */
  number?: number;
}

/**
 * List markers: bullets (including the square and arrow glyphs report templates print: "◼", "■",
 * "➢"), dashes, numbers ("1." "2)"), letters ("(a)"), Markdown headings and quotes ("#", ">").
 */
const BULLET = /^[ \t\u00a0]*(?:[•\-*–—·▪●◦‣⁃◼◾■□➢►▶✓]|\d{1,3}[.)]|\(?[a-z]\))[ \t\u00a0]+/u;
/** A numbered paragraph's marker ("12. "), which the structure of a report keeps count of. */
const NUMBER_MARKER = /^[ \t\u00a0]*\d{1,3}[.)][ \t\u00a0]+/u;
const MARKDOWN_HEADING = /^[ \t]*#{1,6}[ \t]+/;
const BLANK = /^[\s\u00a0\u200b\ufeff]*$/u;
/** A line that ends a sentence: closing punctuation, possibly followed by closing quotes/brackets. */
const CLOSED = /[.!?:;…]["'”’)\]]*[ \t\u00a0]*$/u;
/**
 * Words that cannot end an English sentence. A line ending in one was cut mid-sentence (a page
 * break in a PDF-to-text letter puts blank lines in the middle), so it joins the next line.
 */
const DANGLING =
  /\b(?:a|an|the|of|in|on|at|to|for|with|by|from|and|or|but|that|which|who|whose|is|are|was|were|has|have|had|be|been|their|its|our|this|these|into|than|as|not|such|very|more|most|less)[ \t\u00a0]*$/i;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let blanks = 0;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1) nl = text.length;
    const raw = text.slice(pos, nl);
    if (BLANK.test(raw)) {
      blanks++;
    } else {
      let start = pos + (raw.length - raw.trimStart().length);
      let end = pos + raw.trimEnd().length;
      const md = MARKDOWN_HEADING.exec(raw);
      const bullet = !md && BULLET.exec(raw);
      if (md) start = pos + md[0].length;
      else if (bullet) start = pos + bullet[0].length;
      // trailing white space and \r (Windows line ends) are outside the line
      while (end > start && /[\s\u00a0]/u.test(text.charAt(end - 1))) end--;
      const numbered = bullet ? NUMBER_MARKER.exec(raw) : null;
      lines.push({
        start,
        end,
        blanksBefore: blanks,
        bullet: Boolean(bullet),
        width: raw.trimEnd().length,
        ...(numbered ? { number: Number.parseInt(numbered[0].trim(), 10) } : {}),
      });
      blanks = 0;
    }
    pos = nl + 1;
  }
  return lines;
}

/**
 * How many words (runs of non-space) `text` has, counting no further than `cap`: every use compares
 * the count with a small number, and a paragraph can be a megabyte long.
 */
function wordCount(text: string, cap: number): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) if (++n >= cap) break;
  return n;
}

/**
 * A paragraph so far ends a sentence (CLOSED) or dangles (DANGLING): both are tested on its last
 * characters only — the test is repeated for every line added to the paragraph, and a test of the
 * whole paragraph each time was quadratic in a paragraph of many short lines.
 */
const closed = (text: string) => endsWithin(CLOSED, text, text.length, 64);
const dangling = (text: string) => endsWithin(DANGLING, text, text.length, 32);

/**
 * The column width a hard-wrapped text was wrapped at (a PDF's text extracted line by line, a plain-text
 * e-mail), or undefined for text whose lines are paragraphs. In wrapped text most lines end within a
 * word's length of one width; the width is the 90th percentile of line lengths, and the text counts as
 * wrapped when at least FULL_SHARE of its lines (of eight or more; titles and table rows are short)
 * reach WRAP_SHARE of it.
 */
const WRAP_SHARE = 0.8;
const FULL_SHARE = 0.4;
const MAX_WRAP_WIDTH = 160;
export function wrapWidth(lines: readonly { width: number }[]): number | undefined {
  if (lines.length < 8) return undefined;
  const widths = lines.map((l) => l.width).sort((a, b) => a - b);
  const width = widths[Math.floor(widths.length * 0.9)] as number;
  if (width < 40 || width > MAX_WRAP_WIDTH) return undefined;
  const full = widths.filter((w) => w >= WRAP_SHARE * width && w <= width * 1.1).length;
  return full >= FULL_SHARE * widths.length ? width : undefined;
}

/**
 * A line of wrapped text was cut by the wrap, not ended by its writer, when the next line's first word
 * would not have fitted after it (with a tenth of slack: proportional fonts put fewer wide letters on
 * a line). Such a line runs on, whatever case the next line starts in ("…the Early Help /
 * Partnership…", "…the support of all / 14 local schools…").
 */
const FIT_SLACK = 0.9;
function wrapped(prev: Line, nextText: string, width: number | undefined): boolean {
  if (width === undefined) return false;
  const firstWord = /^\S+/u.exec(nextText)?.[0].length ?? 0;
  return prev.width + 1 + firstWord >= FIT_SLACK * width;
}

/** Should `next` continue the paragraph that `prev` (the text so far) started? */
function continues(prevText: string, next: Line, nextText: string, runsOn = false): boolean {
  if (next.bullet || closed(prevText)) return false;
  const startsLower = /^[\p{Ll}]/u.test(nextText);
  if (next.blanksBefore === 0)
    return startsLower || runsOn || (dangling(prevText) && wordCount(prevText, 4) >= 4);
  // Across blank lines (a page break) only join a sentence that plainly runs on.
  return wordCount(prevText, 4) >= 4 && (startsLower || dangling(prevText));
}

/** A question standing as a section title: "Is the service safe?", "How well are pupils taught?". */
const QUESTION_TITLE =
  /^(?:is|are|was|were|does|do|did|how|what|why|where|who|which|can|has|have)\b[^.!?]*\?\s*$/i;

/**
 * A wrapped line that ends with a grade is a row of a judgement table ("How well leaders and managers
 * / support the service Good"): a statement of the grade, read as text, not a title.
 */
const ENDS_WITH_GRADE =
  /\b(?:outstanding|good|requires? improvement(?: to be good)?|inadequate|adequate|satisfactory|excellent|weak|poor)\s*$/i;
/** A section title names its grade after a colon or dash ("…help and protection: good"); a row does not. */
const GRADE_AFTER_COLON = /[:–—][^:–—]*$/;
function isGradeRow(text: string): boolean {
  return ENDS_WITH_GRADE.test(text) && !GRADE_AFTER_COLON.test(text);
}

/**
 * A heading is a short block without closing punctuation — one line, or two when the title wraps
 * ("Quality of the help given to families who need early / support: good") — or a short
 * question that titles a section.
 */
function isHeading(text: string): boolean {
  const trimmed = text.trim();
  return (
    (!closed(text) && wordCount(text, 17) <= 16) ||
    (QUESTION_TITLE.test(trimmed) && wordCount(trimmed, 13) <= 12)
  );
}

/**
 * A running header or footer line: the same short line on several pages, told apart only by its page
 * number ("Inspection report: Northfield Academy / 12 and 13 June 2023   4", "Page 2 of 7"). The key
 * drops a trailing page number and white space, so every page's copy has the same key.
 */
function furnitureKey(line: string): string {
  return line
    .replace(/(?:\bpage\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*$/i, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
const ENDS_WITH_PAGE_NUMBER = /(?:^|\s)(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*$/i;
/** Longest running header/footer line, in words. */
const FURNITURE_WORDS = 12;

/** A line that is only a page number: "12", "Page 3", "Page 3 of 9", "- 4 -". */
const PAGE_NUMBER_LINE = /^[-–—\s]*(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?[-–—\s]*$/i;

/** Indexes of lines that repeat as page furniture: at least twice in the document, short, not a sentence. */
function repeatedFurniture(text: string, lines: readonly Line[]): Set<number> {
  const count = new Map<string, number>();
  const keys = lines.map((l) => {
    const t = text.slice(l.start, l.end);
    if (l.bullet || closed(t) || wordCount(t, FURNITURE_WORDS + 1) > FURNITURE_WORDS) return "";
    const k = furnitureKey(t);
    if (k) count.set(k, (count.get(k) ?? 0) + 1);
    return k;
  });
  const out = new Set<number>();
  keys.forEach((k, i) => {
    if (k && (count.get(k) ?? 0) >= 2) out.add(i);
  });
  return out;
}

/** A block being built, line by line. */
interface OpenBlock {
  start: number;
  end: number;
  bullet: boolean;
  lines: number;
  skip?: Array<[number, number]>;
  number?: number;
}

/** Running headers and footers that carry a page number, and bare page numbers: lines never read. */
function pageFurnitureTest(
  text: string,
  lines: Line[],
  furniture: Set<number>,
): (l: Line, i: number) => boolean {
  const numberedKeys = new Set<string>();
  for (const i of furniture) {
    const l = lines[i] as Line;
    const t = text.slice(l.start, l.end);
    if (ENDS_WITH_PAGE_NUMBER.test(t)) numberedKeys.add(furnitureKey(t));
  }
  return (l: Line, i: number) => {
    const t = text.slice(l.start, l.end);
    return (!l.bullet && PAGE_NUMBER_LINE.test(t)) || (furniture.has(i) && numberedKeys.has(furnitureKey(t)));
  };
}

/** The finished block, with its role: a list item, a heading (one or two short lines) or a paragraph. */
function closeBlock(text: string, current: OpenBlock): Block {
  const body = text.slice(current.start, current.end);
  const role: BlockRole = current.bullet
    ? "list-item"
    : (current.lines === 1 || (current.lines === 2 && !isGradeRow(body))) && isHeading(body)
      ? "heading"
      : "paragraph";
  return {
    start: current.start,
    end: current.end,
    role,
    ...(current.skip ? { skip: current.skip } : {}),
    ...(current.number !== undefined ? { number: current.number } : {}),
  };
}

/**
 * A page break mid-sentence: the paragraph stops unclosed, a run of repeated furniture lines (one
 * of them ending in a page number) follows, and the sentence resumes in lower case after it. The
 * furniture is skipped and the two halves rejoined ("…the help that they / [footer] / need to…").
 * Returns the index of the line the paragraph now ends on, or undefined when line `i` starts no such break.
 */
function rejoinAcrossPageBreak(
  text: string,
  lines: Line[],
  furniture: Set<number>,
  i: number,
  current: OpenBlock,
): number | undefined {
  const line = lines[i] as Line;
  let j = i;
  let numbered = false;
  while (j < lines.length && furniture.has(j)) {
    const l = lines[j] as Line;
    if (ENDS_WITH_PAGE_NUMBER.test(text.slice(l.start, l.end))) numbered = true;
    j++;
  }
  const next = lines[j];
  if (numbered && next && !next.bullet && /^[\p{Ll}]/u.test(text.slice(next.start, next.end))) {
    const last = lines[j - 1] as Line;
    current.skip = [...(current.skip ?? []), [line.start, last.end]];
    current.end = next.end;
    current.lines += j - i + 1;
    return j;
  }
  return undefined;
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = splitLines(text);
  const furniture = repeatedFurniture(text, lines);
  const width = wrapWidth(lines);
  const isPageFurniture = pageFurnitureTest(text, lines, furniture);
  let current: OpenBlock | undefined;
  const flush = () => {
    if (!current) return;
    blocks.push(closeBlock(text, current));
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const lineText = text.slice(line.start, line.end);
    if (current && furniture.has(i) && !closed(text.slice(current.start, current.end))) {
      const rejoinedTo = rejoinAcrossPageBreak(text, lines, furniture, i, current);
      if (rejoinedTo !== undefined) {
        i = rejoinedTo;
        continue;
      }
    }
    if (isPageFurniture(line, i)) continue;
    const prevLine = lines[i - 1];
    const runsOn = prevLine !== undefined && wrapped(prevLine, lineText, width);
    if (current && continues(text.slice(current.start, current.end), line, lineText, runsOn)) {
      current.end = line.end;
      current.lines++;
    } else {
      flush();
      current = {
        start: line.start,
        end: line.end,
        bullet: line.bullet,
        lines: 1,
        ...(line.number !== undefined ? { number: line.number } : {}),
      };
    }
  }
  flush();
  return blocks;
}
