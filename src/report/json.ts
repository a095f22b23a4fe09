import type { Comparison, DocumentComparison, Finding } from "../core/types.js";
import type { Decisions } from "../review/decisions.js";
import { VERSION } from "../version.js";
import { jsonWithoutBidi } from "./sanitize.js";
import { type Report, ReportDocumentSchema, ReportFindingSchema, ReportSchema } from "./schema.js";

/** The report's fields before its documents (schema.ts ReportSchema). */
function reportHead(c: Comparison) {
  return {
    schemaVersion: 1 as const,
    generator: { name: "presscheck" as const, version: VERSION },
    letter: { source: c.letter.source, format: c.letter.format, text: c.letter.text },
  };
}

/** One finding as the report shows it, with its review decision when there is one. */
function findingReport(f: Finding, decisions: Decisions) {
  return {
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
  };
}

/** One press document as the report shows it, its findings as given. */
function documentReport<F>(d: DocumentComparison, decisions: Decisions, findings: F[]) {
  return {
    source: d.source,
    format: d.format,
    differentDocument: d.differentDocument,
    ...(d.differentDocumentReason ? { differentDocumentReason: d.differentDocumentReason } : {}),
    text: d.text,
    summary: d.summary,
    findings,
    omissions: d.omissions.map((o) => ({ ...o, ...(decisions[o.id] ? { review: decisions[o.id] } : {}) })),
    moreOmissions: (d.moreOmissions ?? []).map((o) => ({
      ...o,
      ...(decisions[o.id] ? { review: decisions[o.id] } : {}),
    })),
    ...(d.noClaims !== undefined ? { noClaims: d.noClaims } : {}),
  };
}

/**
 * The schemaVersion 1 report: the contract of DESIGN.md plus the extracted texts, reasons, diffs and
 * review decisions. Validated by its zod schema before it leaves, so a bug cannot ship a bad report.
 */
export function toReport(c: Comparison, decisions: Decisions = {}): Report {
  return ReportSchema.parse({
    ...reportHead(c),
    documents: c.documents.map((d) =>
      documentReport(
        d,
        decisions,
        d.findings.map((f) => findingReport(f, decisions)),
      ),
    ),
  });
}

export function renderJson(c: Comparison, decisions: Decisions = {}): string {
  return [...jsonReportChunks(c, decisions)].join("");
}

/** The pieces are handed on once they hold at least this many characters (fewer, larger writes). */
const CHUNK_CHARACTERS = 1 << 16;

/**
 * The report's JSON in pieces — the same characters as `JSON.stringify(toReport(c, decisions), null, 2)`
 * and a line break, joined — validated and written finding by finding. A report is about 20 times
 * its press text, and the whole report as one string (with the validated copy of the report it was
 * made from) peaked at over 1 GB for a 10 MB press text (docs/limits.md, "Memory"); written this way
 * it holds one document's text and a few findings at a time besides the comparison.
 *
 * Each piece is validated by the part of the report's schema it belongs to: the report without its
 * documents, each document without its findings, each finding. A document's findings take the place
 * of the empty list it was validated with (`"findings": []`, found by its indentation: only the
 * document itself has that key at that depth, and a JSON string cannot hold an unescaped quote mark).
 */
export function* jsonReportChunks(c: Comparison, decisions: Decisions = {}): Generator<string> {
  let pending = "";
  function* take(piece: string): Generator<string> {
    pending += jsonWithoutBidi(piece);
    if (pending.length >= CHUNK_CHARACTERS) {
      yield pending;
      pending = "";
    }
  }
  const head = stringified(ReportSchema.parse({ ...reportHead(c), documents: [] }), 0);
  const [beforeDocuments, afterDocuments] = splitAtEmptyList(head, "documents", 2);
  if (c.documents.length === 0) {
    yield* take(`${head}\n`);
  } else {
    yield* take(`${beforeDocuments}[\n`);
    for (const [i, d] of c.documents.entries()) {
      if (i > 0) yield* take(",\n");
      yield* documentChunks(d, decisions, take);
    }
    yield* take(`\n  ]${afterDocuments}\n`);
  }
  if (pending) yield pending;
}

/** One document of the report: at depth 4, its findings at depth 8. */
function* documentChunks(
  d: DocumentComparison,
  decisions: Decisions,
  take: (piece: string) => Generator<string>,
): Generator<string> {
  const skeleton = stringified(ReportDocumentSchema.parse(documentReport(d, decisions, [])), 4);
  if (d.findings.length === 0) {
    yield* take(`    ${skeleton}`);
    return;
  }
  const [beforeFindings, afterFindings] = splitAtEmptyList(skeleton, "findings", 6);
  yield* take(`    ${beforeFindings}[\n`);
  for (const [i, f] of d.findings.entries()) {
    const finding = stringified(ReportFindingSchema.parse(findingReport(f, decisions)), 8);
    yield* take(`${i > 0 ? ",\n" : ""}        ${finding}`);
  }
  yield* take(`\n      ]${afterFindings}`);
}

/** JSON.stringify with two-space indentation, every line after the first indented by `depth` spaces. */
function stringified(value: unknown, depth: number): string {
  const json = JSON.stringify(value, null, 2);
  return depth === 0 ? json : json.replaceAll("\n", `\n${" ".repeat(depth)}`);
}

/** The text before and after the empty list `"key": []` written at `depth` spaces of indentation. */
function splitAtEmptyList(json: string, key: string, depth: number): [string, string] {
  const marker = `\n${" ".repeat(depth)}"${key}": `;
  const at = json.indexOf(`${marker}[]`);
  if (at < 0) throw new Error(`no empty "${key}" list to fill in the report`);
  return [json.slice(0, at + marker.length), json.slice(at + marker.length + 2)];
}
