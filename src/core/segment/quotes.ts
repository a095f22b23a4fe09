/**
 * Finds quotations in a block of text: straight and curly, double and single quotation marks,
 * quotations that run over several sentences, and the broken quoting real articles contain
 * (a closing mark used to open, a quotation never closed).
 */

export interface QuotedRange {
  /** Offsets of the whole quotation, marks included. */
  start: number;
  end: number;
  /** Offsets of the words inside the marks. */
  innerStart: number;
  innerEnd: number;
  /** Double-quoted (“…” or "…") or single-quoted (‘…’ or '…'). */
  marks: "double" | "single";
  /** True when no closing mark was found and the quotation was ended at its sentence's end. */
  unclosed: boolean;
}

const DOUBLE = new Set(['"', "“", "”", "„", "«", "»"]);
const SINGLE = new Set(["'", "‘", "’", "‚"]);
/** Per UTF-16 code, 1 for a double mark, 2 for a single one, else 0: one table lookup per character. */
const MARK_KIND = new Uint8Array(0x10000);
for (const c of DOUBLE) MARK_KIND[c.charCodeAt(0)] = 1;
for (const c of SINGLE) MARK_KIND[c.charCodeAt(0)] = 2;
const isLetterOrDigit = (ch: string) => /[\p{L}\p{N}]/u.test(ch);
const isSpaceOrOpen = (ch: string) => ch === "" || /[\s([{\u2014\u2013\-:;,/]/u.test(ch);
const isSpaceOrClose = (ch: string) => ch === "" || /[\s)\]}.,;:!?…\u2014\u2013\-/]/u.test(ch);

type MarkRole = "open" | "close" | "either";

/** Marks that can only open a quotation. */
const EXPLICIT_OPEN = new Set(["‘", "“"]);

/** Whether a quotation mark opens or closes, from what stands either side of it. */
function roleOf(text: string, i: number): MarkRole | undefined {
  const ch = text.charAt(i);
  const before = i > 0 ? text.charAt(i - 1) : "";
  const after = text.charAt(i + 1);
  if (SINGLE.has(ch)) {
    // An apostrophe between letters ("council’s", "don't") or after a plural ("leavers’ service")
    // is not a quotation mark; a single opening needs space or punctuation before it.
    if (isLetterOrDigit(before) && isLetterOrDigit(after)) return undefined;
    if (ch === "‘" || ch === "‚") return isLetterOrDigit(after) || after === "" ? "open" : undefined;
    // "…their children,’ said the report": a mark after the quotation's own comma or full stop closes.
    if (/[,.;!?]/.test(before) && isSpaceOrClose(after)) return "close";
    if (isSpaceOrOpen(before) && isLetterOrDigit(after)) return "open";
    if (!isSpaceOrOpen(before) && isSpaceOrClose(after)) return "close";
    return undefined;
  }
  if (ch === "“" || ch === "„") return "open";
  const openLike = isSpaceOrOpen(before) && !/\s/u.test(after) && after !== "";
  const closeLike = !/\s/u.test(before) && before !== "" && isSpaceOrClose(after);
  if (openLike && !closeLike) return "open";
  if (closeLike && !openLike) return "close";
  return "either";
}

/** How far back the paragraph before a block is looked for. */
const PREVIOUS_PARAGRAPH_REACH = 1000;

/**
 * Whether the paragraph before `from` leads into a quotation that goes on: it ends with a colon
 * ("The inspectors reported:") or leaves a quotation open (an odd number of marks of the kind).
 * Only then does an unclosed quotation opening the next paragraph run to that paragraph's end.
 */
function continuesQuotation(text: string, from: number, set: ReadonlySet<string>): boolean {
  const before = text.slice(Math.max(0, from - PREVIOUS_PARAGRAPH_REACH), from).trimEnd();
  const lastBreak = before.lastIndexOf("\n");
  const paragraph = before.slice(lastBreak + 1);
  if (/:$/.test(paragraph)) return true;
  let marks = 0;
  for (const ch of paragraph) if (set.has(ch)) marks++;
  return marks % 2 === 1;
}

/** Where the marks of each kind are in `text[from, to)`, found in one pass over the characters. */
function marksOf(text: string, from: number, to: number): { double: number[]; single: number[] } {
  const at = { double: [] as number[], single: [] as number[] };
  for (let i = from; i < to; i++) {
    const kind = MARK_KIND[text.charCodeAt(i)];
    if (kind === 1) at.double.push(i);
    else if (kind === 2) at.single.push(i);
  }
  return at;
}

/**
 * Pairs the quotation marks of `text[from, to)`. `sentenceEnds` are the offsets where sentences end:
 * a quotation left open is closed at the end of the sentence it started in (when the next mark opens
 * another quotation, or there is none), which is how a reader would take it.
 */
export function findQuotedRanges(
  text: string,
  from: number,
  to: number,
  sentenceEnds: number[],
): QuotedRange[] {
  const ranges: QuotedRange[] = [];
  const at = marksOf(text, from, to);
  // Most blocks have no quotation mark: nothing to pair, nest or sort.
  if (at.double.length === 0 && at.single.length === 0) return ranges;
  const endOfSentence = (pos: number) => firstAbove(sentenceEnds, pos) ?? to;
  for (const marks of ["double", "single"] as const) {
    const set = marks === "double" ? DOUBLE : SINGLE;
    let open: number | undefined;
    /**
     * Quotations opened inside the open one with an unmistakable opening mark (‘ or “ inside ‘ or “):
     * "‘Children are kept safe by effective ‘front door’ arrangements. … need.’" is one quotation
     * with a term quoted inside it, not a quotation cut off by a new one.
     */
    const inner: number[] = [];
    const closeUnclosed = (at: number) => {
      inner.length = 0;
      if (open === undefined) return;
      // A paragraph that opens with a quotation mark never closed in it is quoted to its end: that is
      // how the press prints a quotation over several paragraphs (each opens with a mark, only the
      // last closes). Elsewhere an unclosed quotation ends with its sentence.
      const opensParagraph =
        at === to && text.slice(from, open).trim() === "" && continuesQuotation(text, from, set);
      const end = opensParagraph
        ? from + text.slice(from, to).trimEnd().length
        : Math.min(endOfSentence(open), at);
      if (end > open + 1) {
        ranges.push({ start: open, end, innerStart: open + 1, innerEnd: end, marks, unclosed: true });
      }
      open = undefined;
    };
    for (const i of at[marks]) {
      const role = roleOf(text, i);
      if (role === undefined) continue;
      if (open === undefined) {
        if (role !== "close") open = i;
        continue;
      }
      if (role === "open") {
        if (EXPLICIT_OPEN.has(text.charAt(i)) && EXPLICIT_OPEN.has(text.charAt(open))) {
          inner.push(i);
          continue;
        }
        // A new opening before any closing: the earlier quotation was never closed.
        closeUnclosed(i);
        open = i;
        continue;
      }
      const nestedOpen = inner.pop();
      if (nestedOpen !== undefined) {
        ranges.push({
          start: nestedOpen,
          end: i + 1,
          innerStart: nestedOpen + 1,
          innerEnd: i,
          marks,
          unclosed: false,
        });
        continue;
      }
      ranges.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i, marks, unclosed: false });
      open = undefined;
    }
    closeUnclosed(to);
  }
  if (ranges.length === 0) return ranges;
  // Single quotes nested in double ones belong to the outer quotation, and so does a quotation nested
  // in one of its own kind.
  const doubles = ranges.filter((r) => r.marks === "double");
  const singles = ranges.filter((r) => r.marks === "single");
  const inDouble = containedIn(singles, doubles, false);
  const nested = new Set([...containedIn(doubles, doubles, true), ...containedIn(singles, singles, true)]);
  return ranges.filter((r) => !inDouble.has(r) && !nested.has(r)).sort((a, b) => a.start - b.start);
}

/** The first of the ascending `sorted` above `pos` (binary search: one lookup per quotation, not a scan). */
function firstAbove(sorted: readonly number[], pos: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

/**
 * The ranges of `inner` inside one of `outer`: `strict`, starting after it and ending before it;
 * otherwise within it, ends included. One sort and one sweep (the furthest end of the outer ranges
 * opened so far), not a search of every range per range: a text of n quotation marks stays linear.
 */
function containedIn(inner: QuotedRange[], outer: QuotedRange[], strict: boolean): Set<QuotedRange> {
  const out = new Set<QuotedRange>();
  const opened = [...outer].sort((a, b) => a.start - b.start);
  let j = 0;
  let furthest = -1;
  for (const r of [...inner].sort((a, b) => a.start - b.start)) {
    for (; j < opened.length; j++) {
      const o = opened[j] as QuotedRange;
      if (strict ? o.start >= r.start : o.start > r.start) break;
      furthest = Math.max(furthest, o.end);
    }
    if (strict ? furthest > r.end : furthest >= r.end) out.add(r);
  }
  return out;
}
