import type { Sentence } from "../../types.js";
import { withFields } from "../../withFields.js";
import { wrappedRows } from "../wrappedRows.js";
import { areaMatch, canonicalArea, OVERALL } from "./areas.js";
import { pressGradeClaims } from "./claims.js";
import type { Grade } from "./scale.js";
import { tableStatements } from "./table.js";

// ---------------------------------------------------------------------------------------------
// The letter's grades.

/** One (area, grade) the letter states, with the sentence(s) stating it. Offsets are into the letter. */
export interface GradeStatement {
  area: string;
  grade: Grade;
  /** Index of the (first) letter sentence stating it. */
  sentence: number;
  /** Every letter sentence the statement spans (a table row may be cut at its "?"). */
  sentences: number[];
  start: number;
  end: number;
  /** "table" for a grades table row, "prose" for a sentence. */
  form: "table" | "prose";
  /** An earlier inspection's grade for the area (a table's earlier column, "in which … was assessed as"). */
  previous?: boolean;
  /** The year of the column or sentence ("2021" over an earlier column). */
  year?: number;
}

/** "this key question", "this area": the area of the nearest heading above. */
const AREA_REFERENCE =
  /^(?:this|that|the)\s+(?:key question|question|area|quality indicator|theme|domain|judgement|judgment)$/iu;

/**
 * Every (area, grade) the letter states, from its grades table and its prose ("Overall, the home is
 * rated as requires improvement", "Eastholm Police is adequate at investigating crime", "We evaluated
 * this quality indicator as weak" under "How good is our setting?"). An area-less grade is area "overall".
 */
export function letterGrades(text: string, sentences: Sentence[]): GradeStatement[] {
  const overlapping = (start: number, end: number) =>
    sentences.filter((s) => s.start < end && start < s.end).map((s) => s.index);
  const rows = tableStatements(text);
  // Rows whose area name a PDF wrapped over several lines (wrappedRows.ts), where no row was read.
  for (const w of wrappedRows(text))
    if (!rows.some((r) => r.start < w.end && w.start < r.end))
      rows.push({ area: canonicalArea(w.area), grade: w.grade, start: w.start, end: w.end, form: "table" });
  const table = rows.flatMap((t) => {
    const idx = overlapping(t.start, t.end);
    return idx.length > 0 ? [withFields(t, { sentence: idx[0] as number, sentences: idx })] : [];
  });
  const tableAreas = table.map((t) => t.area);
  const prose: GradeStatement[] = [];
  for (const s of sentences) {
    if (s.role !== "body" && s.role !== "list-item") continue;
    if (table.some((t) => t.sentences.includes(s.index))) continue;
    for (const c of pressGradeClaims(s.text)) {
      let area = c.area;
      if (AREA_REFERENCE.test(area)) {
        const above = [...table, ...prose]
          .filter((t) => t.start < s.start)
          .sort((a, b) => b.start - a.start)[0];
        if (!above) continue;
        area = above.area;
      } else if (c.orOverall && !tableAreas.some((t) => areaMatch(area, t) > 0)) {
        area = OVERALL;
      }
      prose.push({
        area,
        grade: c.grade,
        sentence: s.index,
        sentences: [s.index],
        start: s.start + c.start,
        end: s.start + c.end,
        form: "prose",
        ...(c.previous ? { previous: true } : {}),
        ...(c.year !== undefined ? { year: c.year } : {}),
      });
    }
  }
  return [...table, ...prose].sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Judging a press sentence's grades.
