import { canonicalArea, type Grade, gradeOf, OVERALL } from "./grades.js";

/**
 * A judgement table as text extracted from a PDF writes each row's area name wrapped over two or three
 * lines, with the grade on a line of its own after it, or at the end of the area's last line:
 *
 *   Judgement Grade
 *   The quality of support for young
 *   people leaving custody
 *   Requires improvement to be good
 *   The effectiveness of leaders and
 *   managers Good
 *   Overall effectiveness Good
 *
 * Each such row is a statement of the grade for the whole area name. A row is read only inside a table:
 * right after a short header line naming the grade column ("Judgement Grade", "Area  Rating") or right
 * after another row, so a grade word ending a line of prose is never taken for a table cell.
 */
export interface WrappedRow {
  area: string;
  grade: Grade;
  /** From the first line of the area name to the end of the grade. */
  start: number;
  end: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  for (const piece of text.split("\n")) {
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    out.push({ start: from + lead, end: from + lead + body.length, text: body });
    from += piece.length + 1;
  }
  return out;
}

/** A short header over a grade column: "Judgement Grade", "Area Rating", "Judgement  Grade". */
const HEADER = /^(?:[\p{L}]+\s+){0,3}(?:grade|grades|rating|ratings|judgement|judgment)s?$/iu;

/** Lines of an area name: no closing punctuation of a sentence, few words. */
const AREA_LINE_MAX_WORDS = 10;
const MAX_AREA_LINES = 3;

function isAreaLine(text: string): boolean {
  return (
    text.length > 0 &&
    !/[.;:!]$/.test(text) &&
    /[\p{L}]/u.test(text) &&
    text.split(/\s+/).length <= AREA_LINE_MAX_WORDS &&
    gradeOf(text) === undefined
  );
}

/**
 * The grade ending a line, split from what comes before it: "managers Good" → ["managers", good].
 * Grades of one to five words are tried, longest first ("Requires improvement to be good").
 */
function trailingGrade(text: string): { rest: string; grade: Grade } | undefined {
  const words = text.split(/\s+/);
  for (let n = Math.min(5, words.length - 1); n >= 1; n--) {
    const grade = gradeOf(words.slice(words.length - n).join(" "));
    if (grade) return { rest: words.slice(0, words.length - n).join(" "), grade };
  }
  return undefined;
}

/** Every row of every judgement table in `text` whose area name is wrapped or stands apart from its grade. */
export function wrappedRows(text: string): WrappedRow[] {
  const lines = linesOf(text);
  const rows: WrappedRow[] = [];
  /** True just after a header or a row: the next lines may be a row. */
  let inTable = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (HEADER.test(line.text)) {
      inTable = true;
      i++;
      continue;
    }
    if (!inTable) {
      i++;
      continue;
    }
    // Collect up to MAX_AREA_LINES area lines, then a grade line or an area line ending in a grade.
    const area: Line[] = [];
    let j = i;
    let row: WrappedRow | undefined;
    while (j < lines.length && area.length <= MAX_AREA_LINES) {
      const l = lines[j] as Line;
      const alone = gradeOf(l.text);
      if (alone && area.length > 0) {
        row = {
          area: area.map((a) => a.text).join(" "),
          grade: alone,
          start: (area[0] as Line).start,
          end: l.end,
        };
        break;
      }
      const tail = area.length > 0 ? trailingGrade(l.text) : undefined;
      if (tail && isAreaLine(tail.rest)) {
        const name = [...area.map((a) => a.text), tail.rest].join(" ");
        row = { area: name, grade: tail.grade, start: (area[0] as Line).start, end: l.end };
        break;
      }
      if (!isAreaLine(l.text)) break;
      area.push(l);
      j++;
    }
    // The overall grade is one line and read elsewhere; only the areas are rows here.
    if (row && canonicalArea(row.area) !== OVERALL) {
      rows.push(row);
      i = j + 1;
      continue;
    }
    inTable = false;
    i++;
  }
  return rows;
}
