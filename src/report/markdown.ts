import { placesLabel } from "../core/omissions/sectionLabel.js";
import {
  type Comparison,
  type DiffPart,
  type DocumentComparison,
  type Finding,
  KINDS,
} from "../core/types.js";
import type { Decision, Decisions } from "../review/decisions.js";
import { checkDocuments, DEFAULT_FAIL_ON } from "./check.js";
import { closestOf } from "./findingNotes.js";
import { cleanLine, plural } from "./format.js";
import { stripControlChars } from "./sanitize.js";
import { isDiscrepancy } from "./severity.js";
import {
  discrepancyCell,
  noOmissionsText,
  omissionsCell,
  omissionsHeading,
  summaryRows,
} from "./summaryText.js";

/**
 * A discrepancy report in GitHub-flavoured Markdown: an overview, then per press document a summary,
 * every discrepancy with both texts, an inline word diff (~~letter words~~ **press words**), the reason
 * and the reviewer's decision, then the critical letter findings the document leaves out.
 *
 * All document text goes through `md()`: control characters stripped, white space collapsed to one
 * line (so text can never start a list, a heading or a code block, or break a table row), and the
 * Markdown-significant characters backslash-escaped, pipes included.
 */
export function renderMarkdown(c: Comparison, decisions: Decisions = {}): string {
  const lines: string[] = [`# Press coverage check: ${md(c.letter.source)}`, ""];
  lines.push(
    `${plural(c.documents.length, "press document")} compared with the letter ${md(c.letter.source)}.`,
    "",
  );
  if (c.documents.length > 0) lines.push(...overviewTable(c), "");
  c.documents.forEach((doc, index) => {
    lines.push(...documentSection(doc, index + 1, decisions, c.letter.text));
  });
  return `${lines.join("\n").trimEnd()}\n`;
}

/**
 * Backslash-escapes every ASCII punctuation character that can mean something in GitHub Markdown inline
 * text (emphasis, links, HTML, entities, tables, strikethrough, math), and a line-starting "-", "+", "="
 * or "1." that could start a list or an underline. Escaping more than needed is harmless: CommonMark
 * renders any backslash-escaped punctuation as the character itself.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]{}()<>#!|~&$]/g, "\\$&")
    .replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_m, space, lead) =>
      /\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`,
    );
}

/** Document text made safe for one line of Markdown (see `renderMarkdown`). */
function md(text: string): string {
  return escapeMarkdown(cleanLine(text));
}

function overviewTable(c: Comparison): string[] {
  const check = checkDocuments(c, DEFAULT_FAIL_ON);
  return [
    "| # | Press document | Verdict | Discrepancies | Omissions |",
    "|---:|---|---|---:|---:|",
    ...c.documents.map(
      (doc, i) =>
        `| ${i + 1} | ${md(doc.source)} | ${check.documents[i]?.verdict ?? ""} | ${discrepancyCell(doc.summary)} | ${omissionsCell(doc.summary)} |`,
    ),
  ];
}

function documentSection(
  doc: DocumentComparison,
  number: number,
  decisions: Decisions,
  letterText: string,
): string[] {
  const lines = [`## ${number}. ${md(doc.source)}`, ""];
  if (doc.differentDocument) {
    lines.push(
      "> [!WARNING]",
      `> **Different document:** ${doc.differentDocumentReason ? md(doc.differentDocumentReason) : "this press document reports on another regulator document"}. Its quotes cannot be verified against this letter and are not misquotes of it.`,
      "",
    );
  }
  lines.push(...summaryTable(doc), "", ...kindCountTable(doc), "");

  const discrepancies = doc.findings.filter(isDiscrepancy);
  lines.push(
    doc.differentDocument
      ? `### Findings not checked against this letter (${discrepancies.length})`
      : `### Discrepancies (${discrepancies.length})`,
    "",
  );
  if (discrepancies.length === 0) lines.push("None found.", "");
  discrepancies.forEach((finding, i) => {
    lines.push(...findingSection(finding, `${number}.${i + 1}`, decisions[finding.id], letterText));
  });

  const more = doc.moreOmissions?.length ?? 0;
  lines.push(`### ${omissionsHeading(doc.summary)}`, "");
  if (doc.omissions.length === 0)
    lines.push(
      doc.noClaims
        ? "No claims about the letter: nothing in this document reports it."
        : noOmissionsText(doc.summary),
      "",
    );
  else {
    lines.push(
      ...doc.omissions.map((o, i) => {
        const where = placesLabel(o);
        const review = reviewText(decisions[o.id]);
        return `${i + 1}. ${md(o.text)}${where ? ` (${md(where)})` : ""}${o.reason ? ` — ${md(o.reason)}` : ""}${review ? ` **Reviewer:** ${review}` : ""}`;
      }),
      "",
    );
    if (more > 0) lines.push(`…and ${plural(more, "more omitted finding")} (all in the JSON report).`, "");
  }
  return lines;
}

function summaryTable(doc: DocumentComparison): string[] {
  return [
    "| Measure | Value |",
    "|---|---|",
    ...summaryRows(doc.summary).map(([label, value]) => `| ${label} | ${value} |`),
  ];
}

function kindCountTable(doc: DocumentComparison): string[] {
  return [
    `| ${KINDS.join(" | ")} |`,
    `|${KINDS.map(() => "---:").join("|")}|`,
    `| ${KINDS.map((k) => doc.summary.counts[k] ?? 0).join(" | ")} |`,
  ];
}

function findingSection(
  finding: Finding,
  number: string,
  decision: Decision | undefined,
  letterText: string,
): string[] {
  const label = [finding.kind, ...finding.flags].map((tag) => `\`${tag}\``).join(" · ");
  const lines = [`#### ${number} ${label}`, "", "**Press:**", "", `> ${md(finding.press.text)}`, ""];
  const closest = closestOf(finding, (start, end) => letterText.slice(start, end));
  if (finding.letter.length === 0 && closest)
    lines.push(
      `**Letter:** no matching passage; the closest (${closest.share}):`,
      "",
      `> ${md(closest.text)}`,
      "",
    );
  else if (finding.letter.length === 0) lines.push("**Letter:** no matching passage.", "");
  else lines.push("**Letter:**", "", finding.letter.map((span) => `> ${md(span.text)}`).join("\n>\n"), "");
  if (finding.diff && finding.diff.length > 0) lines.push(`**Diff:** ${markdownDiff(finding.diff)}`, "");
  lines.push(`**Why:** ${md(finding.reason)}`, "");
  if (finding.rules?.length) lines.push(`**Rules:** ${finding.rules.map((r) => `\`${r}\``).join(", ")}`, "");
  const review = reviewText(decision);
  if (review) lines.push(`**Reviewer:** ${review}`, "");
  return lines;
}

function reviewText(decision: Decision | undefined): string | undefined {
  if (!decision || (!decision.verdict && !decision.note)) return undefined;
  const note = decision.note ? md(decision.note) : "";
  if (!decision.verdict) return `note — ${note}`;
  const verdict = md(decision.verdict);
  return note ? `${verdict} — ${note}` : verdict;
}

/**
 * The diff as one line: letter-only words struck through, press-only words in bold. Markers go around
 * the words only (GitHub ignores `** x **` with inner spaces), and a space separates a deletion from
 * an insertion that touch, so `~~good~~ **outstanding**` never runs together.
 */
export function markdownDiff(parts: readonly DiffPart[]): string {
  let out = "";
  let previousChanged = false;
  for (const part of parts) {
    const text = stripControlChars(part.text).replace(/\s+/g, " ");
    const words = text.trim();
    if (part.op === "equal" || words === "") {
      out += escapeMarkdown(text);
      previousChanged = false;
      continue;
    }
    const marker = part.op === "delete" ? "~~" : "**";
    const before = text.startsWith(" ") || (previousChanged && !out.endsWith(" ")) ? " " : "";
    out += `${before}${marker}${escapeMarkdown(words)}${marker}${text.endsWith(" ") ? " " : ""}`;
    previousChanged = true;
  }
  return out.replace(/ {2,}/g, " ").trim();
}
