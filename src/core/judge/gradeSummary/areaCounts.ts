import type { Grade, GradeStatement } from "../grades.js";
import { ALL_BUT_ONE, ALL_N, N_OF_M, numberOf, OTHER_N } from "./mentions.js";

export type Count =
  | { kind: "all"; n?: number }
  | { kind: "allButOne" }
  | { kind: "nOfM"; n: number; m?: number };

/** A count of areas near a grade (within its sentence), if the sentence gives one. */
export function countNear(text: string): Count | undefined {
  if (ALL_BUT_ONE.test(text)) return { kind: "allButOne" };
  const other = text.match(OTHER_N);
  const n1 = numberOf(other?.[1]);
  if (n1 !== undefined) return { kind: "nOfM", n: n1 };
  const nm = text.match(N_OF_M);
  const n = numberOf(nm?.[1]);
  const m = numberOf(nm?.[2]);
  if (n !== undefined && m !== undefined) return { kind: "nOfM", n, m };
  const all = text.match(ALL_N);
  if (all) {
    const k = numberOf(all[1]);
    return k !== undefined ? { kind: "all", n: k } : { kind: "all" };
  }
  return undefined;
}

/**
 * Whether the table's areas (with or without its overall line, when it has one) have `grade` as often as
 * the count says.
 * Grades joined by "or" count together: "rated good or outstanding for four of its six areas".
 */
export function countHolds(
  count: Count,
  grade: Grade | readonly Grade[],
  areas: GradeStatement[],
  overall: GradeStatement | undefined,
): boolean {
  const grades: readonly Grade[] = typeof grade === "string" ? [grade] : grade;
  const k = areas.filter((a) => grades.includes(a.grade)).length;
  const totals = [{ have: k, of: areas.length }];
  // A table without an overall line (HMICFRS) is counted by its areas alone.
  if (overall) totals.push({ have: k + (grades.includes(overall.grade) ? 1 : 0), of: areas.length + 1 });
  return totals.some(({ have, of }) => {
    if (count.kind === "allButOne") return have === of - 1;
    if (count.kind === "all") return have === of && (count.n === undefined || count.n === of);
    return have === count.n && (count.m === undefined || count.m === of);
  });
}
