import { placesLabel } from "../core/omissions/sectionLabel.js";
import {
  type Comparison,
  type DiffPart,
  type DocumentComparison,
  type Finding,
  FLAGS,
  KINDS,
  type Span,
} from "../core/types.js";
import type { Decision, Decisions } from "../review/decisions.js";
import { checkDocuments, DEFAULT_FAIL_ON } from "./check.js";
import { closestOf, rulesLabel } from "./findingNotes.js";
import { findingLabel, plural } from "./format.js";
import { REPORT_CSS } from "./htmlStyle.js";
import { escapeHtml, stripControlChars } from "./sanitize.js";
import { isDiscrepancy } from "./severity.js";
import { segmentText } from "./spans.js";
import {
  discrepancyCell,
  noOmissionsText,
  omissionsCell,
  omissionsHeading,
  summaryRows,
} from "./summaryText.js";
import { FLAG_MEANINGS, KIND_MEANINGS } from "./vocabulary.js";

/**
 * Forbids every load and every script: the report needs only its inline stylesheet, so even text that
 * escaped escaping could not run or fetch anything. Works offline by construction.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * One self-contained HTML page: per press document a summary, the press text with every finding's
 * span highlighted by kind (hover or focus — tab or click — shows the letter source, diff and reason,
 * with CSS only, no script), a side-by-side table of all findings, and the omitted critical findings.
 *
 * Class names the page guarantees (scripts/check-html.mjs checks them): `legend`, `document`,
 * `press-text`, `finding` (plus `kind-<kind>` and `flag-<flag>`), `finding-popup`, `side-by-side`,
 * `omissions`, `different-document-note`.
 *
 * Every text from a document, the letter, a finding or a decision goes through `text()`: control
 * characters stripped, then HTML-escaped. Ids are built from indexes, never from input.
 */
export function renderHtml(c: Comparison, decisions: Decisions = {}): string {
  const title = `Press coverage check: ${stripControlChars(c.letter.source)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="presscheck">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>Press coverage check</h1>
<p class="subtitle">Letter: <code>${text(c.letter.source)}</code> · ${plural(c.documents.length, "press document")}</p>
</header>
${overview(c)}
${legend()}
${c.documents.map((doc, i) => documentSection(doc, i, decisions, c.letter.text)).join("\n")}
</body>
</html>
`;
}

/** Sanitised, escaped text: the only way input reaches the page. */
function text(value: string): string {
  return escapeHtml(stripControlChars(value));
}

function overview(c: Comparison): string {
  if (c.documents.length === 0) return "<p>No press documents.</p>";
  const check = checkDocuments(c, DEFAULT_FAIL_ON);
  const rows = c.documents
    .map(
      (doc, i) =>
        `<tr><td class="number">${i + 1}</td><td><a href="#doc-${i}"><code>${text(doc.source)}</code></a></td><td>${check.documents[i]?.verdict ?? ""}</td><td class="number">${escapeHtml(discrepancyCell(doc.summary))}</td><td class="number">${escapeHtml(omissionsCell(doc.summary))}</td></tr>`,
    )
    .join("\n");
  return `<table class="overview">
<thead><tr><th>#</th><th>Press document</th><th>Verdict</th><th>Discrepancies</th><th>Omissions</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

function legend(): string {
  const kinds = KINDS.map(
    (kind) => `<p><span class="swatch kind-${kind}">${kind}</span> ${escapeHtml(KIND_MEANINGS[kind])}</p>`,
  );
  const flags = FLAGS.map(
    (flag) => `<p><span class="swatch flag-${flag}">${flag}</span> ${escapeHtml(FLAG_MEANINGS[flag])}</p>`,
  );
  return `<section class="legend" aria-label="Legend">
<h2>Legend: kinds (highlight colour) and flags (line style)</h2>
${[...kinds, ...flags].join("\n")}
</section>`;
}

function documentSection(
  doc: DocumentComparison,
  docIndex: number,
  decisions: Decisions,
  letterText: string,
): string {
  const note = doc.differentDocument
    ? `<p class="different-document-note"><strong>Different document:</strong> ${
        doc.differentDocumentReason
          ? text(doc.differentDocumentReason)
          : "this press document reports on another regulator document"
      }. Its quotes cannot be verified against this letter and are not misquotes of it.</p>`
    : "";
  return `<section class="document" id="doc-${docIndex}">
<h2>${docIndex + 1}. <code>${text(doc.source)}</code></h2>
${note}
${summaryTable(doc)}
<h3>Press text</h3>
<div class="press-text" dir="auto">${pressText(doc, docIndex, decisions)}</div>
<h3>Findings side by side (${doc.findings.length})</h3>
${sideBySide(doc, docIndex, decisions, letterText)}
${omissions(doc, decisions)}
</section>`;
}

function summaryTable(doc: DocumentComparison): string {
  const s = doc.summary;
  const kinds = KINDS.filter((kind) => (s.counts[kind] ?? 0) > 0).map(
    (kind) => `<span class="swatch kind-${kind}">${kind} ${s.counts[kind]}</span>`,
  );
  const row = (label: string, value: string): string =>
    `<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
  const rows = summaryRows(s).map(([label, value]) => row(label, escapeHtml(value)));
  // The kinds, with their highlight colours, go after the sourced share and quotations.
  rows.splice(3, 0, row("Findings by kind", kinds.length > 0 ? kinds.join(" ") : "none"));
  return `<table class="summary">
${rows.join("\n")}
</table>`;
}

const findingId = (docIndex: number, findingIndex: number): string =>
  `doc-${docIndex}-finding-${findingIndex}`;
const rowId = (docIndex: number, findingIndex: number): string => `doc-${docIndex}-row-${findingIndex}`;

function classes(finding: Finding): string {
  return [`kind-${finding.kind}`, ...finding.flags.map((flag) => `flag-${flag}`)].join(" ");
}

/**
 * The press document as running text, sliced by the findings' offsets into `doc.text` (text between
 * findings plain). Each highlight is focusable, so a click or Tab shows its popup as hover does.
 */
function pressText(doc: DocumentComparison, docIndex: number, decisions: Decisions): string {
  return segmentText(doc.text, doc.findings)
    .map((segment) => {
      const finding = segment.findingIndex === undefined ? undefined : doc.findings[segment.findingIndex];
      if (finding === undefined || segment.findingIndex === undefined) return text(segment.text);
      const i = segment.findingIndex;
      return `<span class="finding ${escapeHtml(classes(finding))}" id="${findingId(docIndex, i)}" tabindex="0"><mark>${text(
        segment.text,
      )}</mark><span class="finding-popup" role="note">${popup(finding, decisions[finding.id])}<a href="#${rowId(
        docIndex,
        i,
      )}">Finding ${i + 1} in the table</a></span></span>`;
    })
    .join("");
}

function popup(finding: Finding, decision: Decision | undefined): string {
  const parts = [`<span class="popup-label">${escapeHtml(findingLabel(finding))}</span>`];
  parts.push(`<span class="popup-letter">${letterSources(finding.letter)}</span>`);
  if (finding.diff && finding.diff.length > 0)
    parts.push(`<span class="diff">${htmlDiff(finding.diff)}</span>`);
  parts.push(`<span class="reason">${text(finding.reason)}</span>${rulesHtml(finding)}`);
  const review = reviewHtml(decision);
  if (review) parts.push(`<span class="review">${review}</span>`);
  return parts.join("");
}

function letterSources(letter: readonly Span[]): string {
  if (letter.length === 0) return "<em>No matching letter passage.</em>";
  return `Letter: ${letter.map((span) => `<span class="letter-quote" dir="auto">${text(span.text)}</span>`).join("")}`;
}

/**
 * Letter-only words in `<del>`, press-only words in `<ins>`. A space separates a deletion and an
 * insertion that touch, so "mostly" and "always" never read as "mostlyalways".
 */
export function htmlDiff(parts: readonly DiffPart[]): string {
  let out = "";
  let previousChanged = false;
  for (const part of parts) {
    const words = text(part.text);
    if (part.op === "equal") {
      out += words;
      previousChanged = false;
      continue;
    }
    const gap = previousChanged && !/^\s/.test(part.text) ? " " : "";
    out += `${gap}<${part.op === "delete" ? "del" : "ins"}>${words}</${part.op === "delete" ? "del" : "ins"}>`;
    previousChanged = true;
  }
  return out;
}

/** The ids of the rules that decided a finding, small, under its reason. */
function rulesHtml(finding: Finding): string {
  const label = rulesLabel(finding);
  return label ? `<span class="rules">${text(label)}</span>` : "";
}

/** An unsupported claim's closest letter passage, read by its offsets, with its share of the words. */
function closestHtml(finding: Finding, letterText: string): string {
  const c = closestOf(finding, (start, end) => letterText.slice(start, end));
  return c
    ? `<div class="closest">Closest in the letter (${text(c.share)}): <span class="letter-quote">${text(c.text)}</span></div>`
    : "";
}

function reviewHtml(decision: Decision | undefined): string | undefined {
  if (!decision || (!decision.verdict && !decision.note)) return undefined;
  const verdict = decision.verdict ? `<strong>${text(decision.verdict)}</strong>` : "note";
  return `Reviewer: ${verdict}${decision.note ? ` — ${text(decision.note)}` : ""}`;
}

function sideBySide(
  doc: DocumentComparison,
  docIndex: number,
  decisions: Decisions,
  letterText: string,
): string {
  if (doc.findings.length === 0) return "<p>No findings.</p>";
  const hasReview = doc.findings.some((f) => reviewHtml(decisions[f.id]) !== undefined);
  const rows = doc.findings.map((finding, i) => {
    const rowClasses = escapeHtml(
      [`kind-${finding.kind}`, isDiscrepancy(finding) ? "discrepancy" : ""].join(" ").trim(),
    );
    const diff =
      finding.diff && finding.diff.length > 0
        ? `<div class="diff">Diff: ${htmlDiff(finding.diff)}</div>`
        : "";
    const letter =
      finding.letter.length === 0
        ? `<em>No matching letter passage.</em>${closestHtml(finding, letterText)}`
        : finding.letter.map((span) => `<div class="letter-quote">${text(span.text)}</div>`).join("");
    const review = hasReview ? `<td class="review">${reviewHtml(decisions[finding.id]) ?? ""}</td>` : "";
    return `<tr id="${rowId(docIndex, i)}" class="${rowClasses}"><td class="number"><a href="#${findingId(
      docIndex,
      i,
    )}">${i + 1}</a></td><td dir="auto">${text(finding.press.text)}</td><td dir="auto">${letter}${diff}</td><td class="kind">${[finding.kind, ...finding.flags].map((tag) => escapeHtml(tag)).join("<br>")}</td><td>${text(finding.reason)}${rulesHtml(finding)}</td>${review}</tr>`;
  });
  return `<table class="side-by-side">
<thead><tr><th>#</th><th>Press</th><th>Letter</th><th>Kind</th><th>Reason</th>${hasReview ? "<th>Review</th>" : ""}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`;
}

function omissions(doc: DocumentComparison, decisions: Decisions): string {
  const more = doc.moreOmissions?.length ?? 0;
  const items = doc.omissions.map((o) => {
    const where = placesLabel(o);
    const review = reviewHtml(decisions[o.id]);
    return `<li><span dir="auto">${text(o.text)}</span>${where ? ` <span class="reason">(${text(where)})</span>` : ""}${o.reason ? ` <span class="reason">— ${text(o.reason)}</span>` : ""}${review ? ` <span class="review">${review}</span>` : ""}</li>`;
  });
  const rest =
    more > 0
      ? `\n<p>…and ${more} more omitted ${more === 1 ? "finding" : "findings"} (all in the JSON report).</p>`
      : "";
  const empty = doc.noClaims
    ? "<p>No claims about the letter: nothing in this document reports it.</p>"
    : `<p>${escapeHtml(noOmissionsText(doc.summary))}</p>`;
  return `<section class="omissions">
<h3>${escapeHtml(omissionsHeading(doc.summary))}</h3>
${items.length > 0 ? `<ol>\n${items.join("\n")}\n</ol>${rest}` : empty}
</section>`;
}
