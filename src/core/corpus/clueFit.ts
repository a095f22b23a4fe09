import { type ArticleClues, namesBody } from "./articleClues.js";
import type { LetterMeta } from "./letterMeta.js";

/**
 * How a letter's own metadata agrees with what an article says about its source — the checks a
 * journalist makes before citing a report: is it about the body the article names, was it out by the
 * article's date (and the latest one then), was the visit in the month the article gives, is its
 * judgement the one the article reports, is it the kind of document (monitoring visit, inspection)
 * the article describes. Each is `unknown` when either side is silent.
 */
export interface ClueFit {
  body: "full" | "partial" | "absent" | "unknown";
  date: "fits" | "older" | "later" | "unknown";
  month: "fits" | "differs" | "unknown";
  grade: "fits" | "differs" | "unknown";
  kind: "fits" | "differs" | "unknown";
  /** −1..1: the weights below, summed. */
  score: number;
}

/**
 * Weights. The body's name weighs most: an article about one council is not about another's report,
 * however much house wording they share. A letter published after the article cannot be its source.
 * The others break ties among one body's reports.
 */
const WEIGHT = {
  body: { full: 0.4, partial: 0.2, absent: -0.4, unknown: 0 },
  date: { fits: 0.3, older: -0.1, later: -0.6, unknown: 0 },
  month: { fits: 0.2, differs: -0.15, unknown: 0 },
  grade: { fits: 0.15, differs: -0.1, unknown: 0 },
  kind: { fits: 0.1, differs: -0.3, unknown: 0 },
} as const;

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
/** A press release may carry the letter's date or a day or two before (embargoed copies). */
const GRACE_DAYS = 3;
/** Reports are published a few weeks after the visit; with only the visit's dates, this is assumed. */
const PUBLICATION_LAG_DAYS = 42;
/** Coverage of a report comes within months of it; an article later than this reports a newer one, if any. */
const COVERAGE_DAYS = 200;

function dateFit(articleDay: number | undefined, meta: LetterMeta): ClueFit["date"] {
  if (articleDay === undefined) return "unknown";
  const published = meta.published ? dayOf(meta.published) : undefined;
  const visitEnd = meta.visitEnd ? dayOf(meta.visitEnd) : undefined;
  if (published === undefined && visitEnd === undefined) return "unknown";
  const earliest = published !== undefined ? published - GRACE_DAYS : (visitEnd as number);
  const expected = published ?? (visitEnd as number) + PUBLICATION_LAG_DAYS;
  if (articleDay < earliest) return "later";
  return articleDay <= expected + COVERAGE_DAYS ? "fits" : "older";
}

function monthFit(clues: ArticleClues, meta: LetterMeta): ClueFit["month"] {
  if (clues.visitMonths.length === 0 || !meta.visitStart) return "unknown";
  const start = new Date(dayOf(meta.visitStart) * DAY);
  const end = new Date(dayOf(meta.visitEnd ?? meta.visitStart) * DAY);
  const index = (y: number, m: number) => y * 12 + m;
  const from = index(start.getUTCFullYear(), start.getUTCMonth());
  const to = index(end.getUTCFullYear(), end.getUTCMonth());
  const fits = clues.visitMonths.some((v) =>
    v.year !== undefined
      ? index(v.year, v.month) >= from && index(v.year, v.month) <= to
      : [start.getUTCMonth(), end.getUTCMonth()].includes(v.month) ||
        (to - from > 1 && v.month > start.getUTCMonth() && v.month < end.getUTCMonth()),
  );
  return fits ? "fits" : "differs";
}

export function clueFit(clues: ArticleClues, meta: LetterMeta | undefined): ClueFit {
  if (!meta)
    return {
      body: "unknown",
      date: "unknown",
      month: "unknown",
      grade: "unknown",
      kind: "unknown",
      score: 0,
    };
  const body = meta.body ? namesBody(clues, meta.body) : "unknown";
  const date = dateFit(clues.date, meta);
  const month = monthFit(clues, meta);
  const grade =
    clues.grades.size === 0 || !meta.judgement
      ? "unknown"
      : clues.grades.has(meta.judgement)
        ? "fits"
        : "differs";
  const kind =
    clues.kinds.size === 0 || !meta.kind ? "unknown" : clues.kinds.has(meta.kind) ? "fits" : "differs";
  const sum =
    WEIGHT.body[body] + WEIGHT.date[date] + WEIGHT.month[month] + WEIGHT.grade[grade] + WEIGHT.kind[kind];
  return { body, date, month, grade, kind, score: Math.max(-1, Math.min(1, sum)) };
}
