import type { SectionKind } from "../types.js";

/** Prominence of a section: where a reader meets a finding first (the omission list ranks by it). */
export const PROMINENCE: Record<SectionKind, number> = {
  improve: 40,
  summary: 30,
  judgements: 30,
  body: 0,
  front: 0,
};

/** The sections whose findings lead a group of restatements (groupFindings.ts). */
export const PROMINENT: ReadonlySet<SectionKind> = new Set(["improve", "summary", "judgements"]);
