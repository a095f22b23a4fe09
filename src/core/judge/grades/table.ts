import { canonicalArea, OVERALL, PREVIOUS } from "./areas.js";
import { GRADE_ALT, type Grade, gradeOf, SIX_POINT } from "./scale.js";
import type { GradeStatement } from "./statements.js";

/** A short heading-like area: no full stop, few words, no finite verb unless it is a question. */
function isAreaHeading(area: string): boolean {
  const a = area.trim();
  // A comma reads as prose, except in a question heading ("How good is our care, play and learning?").
  if (!a || a.length > 90 || /[.;!]$/.test(a) || (/,/.test(a) && !/\?$/.test(a))) return false;
  // Up to 13 words: some regulators name a judgement in a long phrase (invented: "The progress and
  // outcomes of young people leaving the care of the council", 12 words); prose is kept out by the
  // verbs, commas and full stops tested here.
  if (a.split(/\s+/).length > 13) return false;
  if (!/^[\p{Lu}\d]/u.test(a)) return false;
  // "Use" as a noun names an area ("Making best use of resources", HMICFRS); as a verb it is prose.
  const verbs = a.replace(/\b(?:best|good|effective) use\b/giu, "");
  if (/\b(?:is|are|was|were|we|use|has|have|does)\b/iu.test(verbs) && !/\?$/.test(a)) return false;
  return /[\p{L}]/u.test(a) && !/^(?:no|none|n\/a|not applicable)\b/iu.test(a);
}

const GRADE_CELL = `(?:([1-6])\\s*[-–—:]?\\s*)?(${GRADE_ALT})`;
/**
 * "Overall effectiveness Requires improvement", "Are services caring?<TAB>Good", "Caring - good",
 * "How good is our leadership?<TAB>4 - Good", and a pasted or markdown cell "Caring | Good".
 */
const ROW_AREA_GRADE = new RegExp(
  `^(.+?)(?:\\t+|\\s+[-–—:|]\\s+|\\s{2,}|\\s+|(?<=\\?)\\s*)${GRADE_CELL}\\s*$`,
  "iu",
);
/** "Good<TAB>Preventing crime" (HMICFRS lists grades first). */
const ROW_GRADE_AREA = new RegExp(`^${GRADE_CELL}(?:\\t+|\\s+[-–—:]\\s+|\\s{2,})(.+)$`, "iu");
/** A line holding only a grade, under its area heading. */
const ROW_GRADE_ONLY = new RegExp(`^${GRADE_CELL}$`, "iu");

interface Line {
  start: number;
  end: number;
  text: string;
  indented: boolean;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  for (const piece of text.split("\n")) {
    const raw = piece.replace(/\r$/, "");
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    out.push({
      start: from + lead,
      end: from + lead + body.length,
      text: body,
      indented: /^\t|^ {2,}/.test(raw),
    });
    from += piece.length + 1;
  }
  return out;
}

function gradeCell(digit: string | undefined, words: string): Grade | undefined {
  const g = gradeOf(words);
  if (g && digit && SIX_POINT[digit] !== g) return undefined;
  return g;
}

/** Table cells: split at tabs or runs of two or more spaces. */
const CELL_BREAK = /\t+|\s{2,}/;
const WHOLE_GRADE_CELL = new RegExp(`^${GRADE_CELL}$`, "iu");

/** Each cell's grade when every cell after the first is a grade, else undefined. */
function gradeCells(cells: string[]): Grade[] | undefined {
  const grades: Grade[] = [];
  for (const c of cells.slice(1)) {
    const m = c.match(WHOLE_GRADE_CELL);
    const g = m ? gradeCell(m[1], m[2] as string) : undefined;
    if (!g) return undefined;
    grades.push(g);
  }
  return grades;
}

/**
 * Which grade column of a table with several is the current inspection's, from its header: years
 * ("Healthy prison area  2021  2024": the latest), or words ("Previous  Current", "Last inspection
 * This inspection"). Each column: previous or not, and its year. Undefined when the header does not
 * say (then the row's grades cannot be placed in time, and none is read).
 */
function gradeColumns(header: string[], count: number): { previous: boolean; year?: number }[] | undefined {
  const heads = header.slice(header.length - count);
  if (heads.length !== count) return undefined;
  const years = heads.map((h) => h.match(/^(?:19|20)\d\d$/)?.[0]);
  if (years.every((y) => y !== undefined)) {
    const latest = Math.max(...years.map(Number));
    return years.map((y) => ({ previous: Number(y) !== latest, year: Number(y) }));
  }
  const earlier = heads.map((h) => /\b(?:previous|last|prior|earlier|before|then)\b/iu.test(h));
  const now = heads.map((h) => /\b(?:current|this|now|latest|new)\b/iu.test(h));
  if (earlier.every((e, i) => e !== now[i])) return earlier.map((previous) => ({ previous }));
  return undefined;
}

type TableRow = Omit<GradeStatement, "sentence" | "sentences">;

/** Rows of a grades table: area and grade on a line, grade first with continuation lines, or grade under its heading. */
export function tableStatements(text: string): TableRow[] {
  const out: TableRow[] = [];
  const lines = linesOf(text);
  let carried: Grade | undefined;
  lines.forEach((line, i) => {
    if (!line.text) {
      carried = undefined;
      return;
    }
    const push = (area: string, grade: Grade) =>
      out.push({ area: canonicalArea(area), grade, start: line.start, end: line.end, form: "table" });
    // A row with a grade per inspection ("Safety  Poor  Not sufficiently good" under "Area  2021  2024").
    const cells = line.text.split(CELL_BREAK);
    const several = cells.length >= 3 ? gradeCells(cells) : undefined;
    if (several && isAreaHeading(cells[0] as string)) {
      out.push(...gradePerInspection(lines, i, cells, several));
      carried = undefined;
      return;
    }
    const reversed = line.text.match(ROW_GRADE_AREA);
    if (reversed) {
      const grade = gradeCell(reversed[1], reversed[2] as string);
      const areas = (reversed[3] as string).split(/\s*[;,]\s*/).filter(isAreaHeading);
      if (grade) {
        for (const a of areas) push(a, grade);
        carried = grade;
        return;
      }
    }
    const only = line.text.match(ROW_GRADE_ONLY);
    if (only) {
      out.push(...gradeUnderHeading(lines, i, only));
      carried = undefined;
      return;
    }
    const row = line.text.match(ROW_AREA_GRADE);
    if (row && isAreaHeading(row[1] as string)) {
      const grade = gradeCell(row[2], row[3] as string);
      if (grade) push(row[1] as string, grade);
      carried = undefined;
      return;
    }
    // "<TAB>Developing a positive workplace" under "Good<TAB>Preventing crime": the same grade.
    if (carried && line.indented && isAreaHeading(line.text)) {
      push(line.text, carried);
      return;
    }
    carried = undefined;
  });
  return out;
}

/** A row's grades, one per inspection, placed in time by the table's header (none when it does not say). */
function gradePerInspection(lines: Line[], i: number, cells: string[], several: Grade[]): TableRow[] {
  const out: TableRow[] = [];
  const line = lines[i] as Line;
  const header = lines
    .slice(0, i)
    .reverse()
    .find((l) => l.text && !gradeCells(l.text.split(CELL_BREAK)));
  const columns = header ? gradeColumns(header.text.split(CELL_BREAK), several.length) : undefined;
  several.forEach((grade, c) => {
    const col = columns?.[c];
    if (!col) return;
    const area = canonicalArea(cells[0] as string);
    out.push({
      area: col.previous && area === OVERALL ? PREVIOUS : area,
      grade,
      start: line.start,
      end: line.end,
      form: "table",
      ...(col.previous && area !== OVERALL ? { previous: true } : {}),
      ...(col.year !== undefined ? { year: col.year } : {}),
    });
  });
  return out;
}

/** A line that is only a grade: the grade of the area heading on the line before, if there is one. */
function gradeUnderHeading(lines: Line[], i: number, only: RegExpMatchArray): TableRow[] {
  const line = lines[i] as Line;
  const grade = gradeCell(only[1], only[2] as string);
  const heading = lines
    .slice(0, i)
    .reverse()
    .find((l) => l.text);
  if (grade && heading && isAreaHeading(heading.text) && !heading.text.match(ROW_AREA_GRADE)) {
    return [
      {
        area: canonicalArea(heading.text),
        grade,
        start: heading.start,
        end: line.end,
        form: "table",
      },
    ];
  }
  return [];
}
