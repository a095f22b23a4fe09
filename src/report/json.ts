import type { Comparison } from "../core/types.js";
import type { Decisions } from "../review/decisions.js";
import { VERSION } from "../version.js";
import { jsonWithoutBidi } from "./sanitize.js";
import { type Report, ReportSchema } from "./schema.js";

/**
 * The schemaVersion 1 report: the contract of DESIGN.md plus the extracted texts, reasons, diffs and
 * review decisions. Validated by its zod schema before it leaves, so a bug cannot ship a bad report.
 */
export function toReport(c: Comparison, decisions: Decisions = {}): Report {
  const report = {
    schemaVersion: 1 as const,
    generator: { name: "presscheck" as const, version: VERSION },
    letter: { source: c.letter.source, format: c.letter.format, text: c.letter.text },
    documents: c.documents.map((d) => ({
      source: d.source,
      format: d.format,
      differentDocument: d.differentDocument,
      ...(d.differentDocumentReason ? { differentDocumentReason: d.differentDocumentReason } : {}),
      text: d.text,
      summary: d.summary,
      findings: d.findings.map((f) => ({
        id: f.id,
        kind: f.kind,
        flags: f.flags,
        press: f.press,
        ...(f.quote
          ? {
              quote: {
                text: f.quote.inner.text,
                start: f.quote.inner.start,
                end: f.quote.inner.end,
                speaker: f.quote.speaker,
              },
            }
          : {}),
        letter: f.letter,
        similarity: f.similarity,
        reason: f.reason,
        rules: f.rules,
        ...(f.closest ? { closest: f.closest } : {}),
        ...(f.diff ? { diff: f.diff } : {}),
        ...(decisions[f.id] ? { review: decisions[f.id] } : {}),
      })),
      omissions: d.omissions.map((o) => ({ ...o, ...(decisions[o.id] ? { review: decisions[o.id] } : {}) })),
      moreOmissions: (d.moreOmissions ?? []).map((o) => ({
        ...o,
        ...(decisions[o.id] ? { review: decisions[o.id] } : {}),
      })),
      ...(d.noClaims !== undefined ? { noClaims: d.noClaims } : {}),
    })),
  };
  return ReportSchema.parse(report);
}

export function renderJson(c: Comparison, decisions: Decisions = {}): string {
  return `${jsonWithoutBidi(JSON.stringify(toReport(c, decisions), null, 2))}\n`;
}
