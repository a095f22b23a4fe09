import type { LetterContext } from "../context.js";
import { statementsOf } from "../grades/judge.js";
import { type GradeStatement, OVERALL, PREVIOUS } from "../grades.js";
import { YEAR } from "./mentions.js";

const tableCache = new WeakMap<
  LetterContext,
  { overall?: GradeStatement; areas: GradeStatement[]; year?: number }
>();

/** The letter's judgement table: its overall line and its area rows (current inspection only). */
export function tableOf(ctx: LetterContext): {
  overall?: GradeStatement;
  areas: GradeStatement[];
  year?: number;
} {
  const cached = tableCache.get(ctx);
  if (cached) return cached;
  const rows = statementsOf(ctx).filter((s) => s.form === "table" && !s.previous);
  const years = [...ctx.text.slice(0, 1000).matchAll(YEAR)].map((m) => Number(m[0]));
  const t = {
    overall: rows.find((s) => s.area === OVERALL),
    areas: tableAreas(rows, ctx.text),
    ...(years.length ? { year: Math.max(...years) } : {}),
  };
  tableCache.set(ctx, t);
  return t;
}

/**
 * The area rows of the table that holds the overall line: rows just before it (a judgement table is a
 * few lines long), one per area name — never a row-like line elsewhere in the letter. Ofsted's
 * children's services tables end with the overall line; CQC ("Overall rating … Are services safe?"),
 * Ofsted's school and early-years reports open with it, so when no row comes before it the rows just
 * after it are the table.
 */
const TABLE_REACH = 1500;
function tableAreas(rows: GradeStatement[], text: string): GradeStatement[] {
  const overall = rows.find((s) => s.area === OVERALL);
  if (!overall) return firstRun(rows, text);
  const pick = (near: (r: GradeStatement) => boolean): GradeStatement[] => {
    const out: GradeStatement[] = [];
    for (const r of rows) {
      if (r.area === OVERALL || r.area === PREVIOUS || !near(r)) continue;
      if (!out.some((o) => o.area === r.area)) out.push(r);
    }
    return out;
  };
  const before = pick((r) => r.start <= overall.start && overall.start - r.start <= TABLE_REACH);
  return before.length > 0
    ? before
    : pick((r) => r.start > overall.start && r.start - overall.start <= TABLE_REACH);
}

/** Fewer rows than this, with no overall line, are no judgement table (a graded line or two in prose). */
const MIN_ROWS = 3;

/**
 * A table with no overall line (HMICFRS grades each area and gives no overall grade): the first run of
 * rows with no blank line between them (a row the grade reader cannot read stays inside the run), one
 * per area; none when the run is too short to be a table. A blank line ends the run: Education Scotland
 * grades the school and its nursery class in two tables of the same areas, under their own headings.
 */
function firstRun(rows: GradeStatement[], text: string): GradeStatement[] {
  const out: GradeStatement[] = [];
  for (const r of rows) {
    if (r.area === PREVIOUS) continue;
    const last = out[out.length - 1];
    if (last && /\n[^\S\n]*\n/.test(text.slice(last.end, r.start))) break;
    if (!out.some((o) => o.area === r.area)) out.push(r);
  }
  return out.length >= MIN_ROWS ? out : [];
}
