/**
 * Turns the positioned text items of PDF pages into plain text in reading order, without running
 * headers, footers and page numbers, with paragraphs as blank-line separated blocks and a sentence cut
 * by a page break joined up again. Pure: items in, text out (pdf.ts gets the items from unpdf).
 *
 * Coordinates are PDF user space: `y` grows upwards, so a page is read from the highest `y` down.
 */

export interface PdfTextItem {
  str: string;
  /** Left edge and baseline of the item. */
  x: number;
  y: number;
  width: number;
  /** Font height; 0 when the PDF does not say. */
  height: number;
}

export interface PdfPage {
  items: PdfTextItem[];
}

export interface PdfLayout {
  text: string;
  /** `[start, end)` of each page's text in `text` (1-based page numbers). */
  pages: Array<{ page: number; start: number; end: number }>;
  /** Header, footer and page-number lines that were dropped, for --debug and tests. */
  dropped: string[];
}

interface Line {
  text: string;
  y: number;
  left: number;
  right: number;
  height: number;
}

/** Items whose baselines differ by less than this share of the font height are on one line. */
const SAME_LINE = 0.5;
/** A gap between lines wider than this multiple of the usual line spacing starts a paragraph. */
const PARAGRAPH_GAP = 1.4;
/** How many lines at the top and at the bottom of a page may be running headers or footers. */
const FURNITURE_BAND = 2;
/** A line filling this share of the page's usual line width was wrapped: its sentence runs on. */
const FULL_LINE = 0.85;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Groups a page's items into lines, top to bottom, each read left to right. */
export function linesOfPage(page: PdfPage): Line[] {
  const items = page.items.filter((it) => it.str.length > 0);
  const fallbackHeight = median(items.map((it) => it.height).filter((h) => h > 0)) || 10;
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const it of sorted) {
    const row = rows[rows.length - 1];
    const h = it.height || fallbackHeight;
    if (row && Math.abs((row[0] as PdfTextItem).y - it.y) < SAME_LINE * h) row.push(it);
    else rows.push([it]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let text = "";
    let right = -Infinity;
    const height = median(row.map((it) => it.height).filter((h) => h > 0)) || fallbackHeight;
    for (const it of row) {
      // A visible gap between two items is a space unless one of them already has it.
      const gap = it.x - right;
      if (text && gap > 0.15 * height && !/\s$/.test(text) && !/^\s/.test(it.str)) text += " ";
      text += it.str;
      right = Math.max(right, it.x + it.width);
    }
    text = text.replace(/\s+/g, " ").trim();
    if (text)
      lines.push({ text, y: (row[0] as PdfTextItem).y, left: (row[0] as PdfTextItem).x, right, height });
  }
  return lines;
}

/** A line's text with digits generalised, so "Page 2 of 5" and "Page 3 of 5" repeat. */
function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}

/** "3", "- 3 -", "Page 3", "Page 3 of 5", "3 / 5", "p. 3": a page number on its own line. */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+|p\.\s*)?#+(?:\s*(?:of|\/)\s*#+)?(?:\s*[-–—])?$/;

/**
 * Running headers and footers: lines in the top or bottom band of a page whose text (digits
 * generalised) recurs in that band on at least half the pages (and on two or more), plus lone page
 * numbers anywhere in the bands. A one-page letter has no running lines to learn from.
 */
export function furnitureLines(pages: Line[][]): Set<Line> {
  const band = (lines: Line[]) => {
    const top = lines.slice(0, FURNITURE_BAND);
    const bottom = lines.slice(Math.max(top.length, lines.length - FURNITURE_BAND));
    return [...top, ...bottom];
  };
  const pagesWithKey = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(band(lines).map((l) => furnitureKey(l.text))))
      pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const furniture = new Set<Line>();
  for (const lines of pages) {
    for (const line of band(lines)) {
      const key = furnitureKey(line.text);
      if (PAGE_NUMBER.test(key) || (pagesWithKey.get(key) ?? 0) >= needed) furniture.add(line);
    }
  }
  return furniture;
}

/** Closing punctuation, possibly followed by closing quotes or brackets: the sentence ended. */
const CLOSED = /[.!?:;…]["'”’)\]]*$/u;

function percentile(values: number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] as number;
}

/**
 * Lays out every page and joins them. Lines of one paragraph are joined with a space (the PDF
 * wrapped them; a line break inside a sentence would read as a block break downstream), paragraphs
 * with a blank line, and a short line that is not wrapped (heading, address line) ends with `\n`.
 */
export function layoutPdf(pages: PdfPage[]): PdfLayout {
  const pageLines = pages.map(linesOfPage);
  const furniture = furnitureLines(pageLines);
  const dropped: string[] = [];
  const bodies = pageLines.map((lines) =>
    lines.filter((l) => {
      if (furniture.has(l)) dropped.push(l.text);
      return !furniture.has(l);
    }),
  );
  // The width of a full line of body text: most lines of a letter are wrapped, full lines.
  const fullWidth = percentile(
    bodies.flat().map((l) => l.right - l.left),
    0.8,
  );
  const wrapped = (l: Line) => fullWidth > 0 && l.right - l.left >= FULL_LINE * fullWidth;
  // The usual distance between lines (lower quartile: paragraph gaps are the wider ones). With too few
  // lines to tell, a little more than the font height.
  const gaps = bodies
    .flatMap((body) => body.slice(1).map((l, k) => (body[k] as Line).y - l.y))
    .filter((g) => g > 0);
  const spacing =
    gaps.length >= 3 ? percentile(gaps, 0.25) : 1.3 * (median(bodies.flat().map((l) => l.height)) || 10);
  const out: PdfLayout = { text: "", pages: [], dropped };
  let last: Line | undefined;
  bodies.forEach((body, p) => {
    let pageStart = out.text.length;
    body.forEach((line, i) => {
      if (last) {
        const newPage = i === 0;
        const gap = newPage ? 0 : last.y - line.y;
        let sep: string;
        if (newPage) sep = continuesAcrossPages(last, line, wrapped(last)) ? joiner(last, line) : "\n\n";
        else if (gap > PARAGRAPH_GAP * spacing) sep = "\n\n";
        else sep = wrapped(last) && !startsListItem(last, line) ? joiner(last, line) : "\n";
        out.text += sep;
      }
      if (i === 0) pageStart = out.text.length;
      out.text += line.text;
      last = line;
    });
    out.pages.push({ page: p + 1, start: body.length ? pageStart : out.text.length, end: out.text.length });
  });
  return out;
}

/** A wrapped line that closes a sentence, followed by a bullet, starts a list item rather than running on. */
function startsListItem(last: Line, next: Line): boolean {
  return CLOSED.test(last.text) && /^[•\-*–—·▪●◦]\s/u.test(next.text);
}

/** Wrapped words meet with a space, except a word hyphenated at the line end ("well-" + "being"). */
function joiner(last: Line, next: Line): string {
  return /\p{L}-$/u.test(last.text) && /^\p{Ll}/u.test(next.text) ? "" : " ";
}

/**
 * A page's last line runs on into the next page's first line when it has no closing punctuation and
 * the next line starts in lower case, or the last line ends in a comma or dash, or it was a full
 * (wrapped) line. A short unpunctuated line (a heading, a sign-off) does not run on.
 */
function continuesAcrossPages(last: Line, next: Line, lastWasWrapped: boolean): boolean {
  if (CLOSED.test(last.text)) return false;
  return /^\p{Ll}/u.test(next.text) || /[,–—-]$/.test(last.text) || lastWasWrapped;
}
