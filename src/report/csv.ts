import type { Comparison, Finding, Omission, Span } from "../core/types.js";
import type { Decision, Decisions } from "../review/decisions.js";
import { stripControlChars } from "./sanitize.js";

/**
 * The CSV columns: one row per finding (`type` "finding") and one per omitted critical letter finding
 * (`type` "omission": its letter text in the first letter columns, no press text, no kind). `flags` are
 * joined with ";". A finding with several letter sources has one group of letter columns per source
 * (`letter_text`, `letter_start`, `letter_end`, then `letter_2_text`…), as many groups as the finding
 * with the most sources needs, so every number stays a number. `similarity` is 0..1 with up to three
 * decimals. Review columns are empty without a decision.
 */
export const CSV_COLUMNS = [
  "type",
  "document",
  "id",
  "kind",
  "flags",
  "press_text",
  "press_start",
  "press_end",
  "letter_text",
  "letter_start",
  "letter_end",
  "similarity",
  "reason",
  "rules",
  "closest_start",
  "closest_end",
  "closest_similarity",
  "verdict",
  "note",
] as const;

/** The letter columns of the n-th source (1-based): the first keeps the plain names. */
function letterColumns(n: number): string[] {
  const prefix = n === 1 ? "letter" : `letter_${n}`;
  return [`${prefix}_text`, `${prefix}_start`, `${prefix}_end`];
}

/** The header: CSV_COLUMNS with a letter column group per source beyond the first, after the first group. */
export function csvHeader(sources: number): string[] {
  const at = CSV_COLUMNS.indexOf("letter_end") + 1;
  const extra = Array.from({ length: Math.max(0, sources - 1) }, (_, i) => letterColumns(i + 2)).flat();
  return [...CSV_COLUMNS.slice(0, at), ...extra, ...CSV_COLUMNS.slice(at)];
}

/**
 * A cell a spreadsheet would run as a formula starts with one of these (tab and CR too: some
 * spreadsheet programs skip them before parsing a formula). Such cells get a leading "'" (OWASP CSV
 * injection advice): Excel and LibreOffice then show the text as typed.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: sanitised (control characters and escape sequences removed, "\n" and "\t" kept), guarded
 * against formula injection, then quoted per RFC 4180 when it holds a comma, a quote, CR or LF, with
 * inner quotes doubled.
 */
export function csvCell(value: string): string {
  const clean = stripControlChars(value);
  const guarded = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** One record per line, lines ended by CRLF (RFC 4180), the last one included. */
function csvRecord(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** An unsupported claim's closest letter passage, as offsets into the letter and a share of its words. */
function closestCells(finding: Finding): string[] {
  const c = finding.closest;
  return c
    ? [String(c.letterStart), String(c.letterEnd), String(Math.round(c.similarity * 1000) / 1000)]
    : ["", "", ""];
}

function letterCells(spans: readonly Span[], sources: number): string[] {
  return Array.from({ length: sources }, (_, i) => {
    const span = spans[i];
    return span ? [span.text, String(span.start), String(span.end)] : ["", "", ""];
  }).flat();
}

function reviewCells(decision: Decision | undefined): string[] {
  return [decision?.verdict ?? "", decision?.note ?? ""];
}

function findingRow(source: string, finding: Finding, decisions: Decisions, sources: number): string[] {
  return [
    "finding",
    source,
    finding.id,
    finding.kind,
    finding.flags.join(";"),
    finding.press.text,
    String(finding.press.start),
    String(finding.press.end),
    ...letterCells(finding.letter, sources),
    String(Math.round(finding.similarity * 1000) / 1000),
    finding.reason,
    (finding.rules ?? []).join(";"),
    ...closestCells(finding),
    ...reviewCells(decisions[finding.id]),
  ];
}

function omissionRow(source: string, omission: Omission, decisions: Decisions, sources: number): string[] {
  return [
    "omission",
    source,
    omission.id,
    "",
    "",
    "",
    "",
    "",
    ...letterCells([omission], sources),
    "",
    omission.reason,
    "",
    "",
    "",
    "",
    ...reviewCells(decisions[omission.id]),
  ];
}

/** Options of the CSV output. */
export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, which Excel needs to read the file as UTF-8. */
  bom?: boolean;
}

/**
 * Every finding and omission of every press document as CSV (header first), safe to open in a
 * spreadsheet.
 */
export function renderCsv(c: Comparison, decisions: Decisions = {}, options: CsvOptions = {}): string {
  const sources = Math.max(1, ...c.documents.flatMap((d) => d.findings.map((f) => f.letter.length)));
  const rows = c.documents.flatMap((doc) => [
    ...doc.findings.map((f) => findingRow(doc.source, f, decisions, sources)),
    ...doc.omissions.map((o) => omissionRow(doc.source, o, decisions, sources)),
  ]);
  const body = [csvHeader(sources), ...rows].map(csvRecord).join("");
  return options.bom ? `\uFEFF${body}` : body;
}
