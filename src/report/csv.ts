import type { Comparison, Finding } from "../core/types.js";
import type { Decisions } from "../review/decisions.js";
import { stripControlChars } from "./sanitize.js";

/**
 * The CSV columns, one row per finding. Multi-valued cells: `flags` joined with ";", `letter_text`
 * with " | ", and `letter_start`/`letter_end` with ";" in the same order as the letter texts.
 * `similarity` is 0..1 with up to three decimals. Review columns are empty without a decision.
 */
export const CSV_COLUMNS = [
  "document",
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
  "verdict",
  "note",
] as const;

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

function findingRow(source: string, finding: Finding, decisions: Decisions): string[] {
  const decision = decisions[finding.id];
  return [
    source,
    finding.kind,
    finding.flags.join(";"),
    finding.press.text,
    String(finding.press.start),
    String(finding.press.end),
    finding.letter.map((span) => span.text).join(" | "),
    finding.letter.map((span) => span.start).join(";"),
    finding.letter.map((span) => span.end).join(";"),
    String(Math.round(finding.similarity * 1000) / 1000),
    finding.reason,
    decision?.verdict ?? "",
    decision?.note ?? "",
  ];
}

/** Every finding of every press document as CSV (header first), safe to open in a spreadsheet. */
export function renderCsv(c: Comparison, decisions: Decisions = {}): string {
  const rows = c.documents.flatMap((doc) => doc.findings.map((f) => findingRow(doc.source, f, decisions)));
  return [CSV_COLUMNS, ...rows].map(csvRecord).join("");
}
