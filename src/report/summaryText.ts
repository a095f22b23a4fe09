/**
 * The words around the figures of core/summary.ts, shared by the Markdown and HTML reports and the
 * review, so that every view of a document says the same thing. Nothing here computes a figure.
 */
import type { DocumentSummary } from "../core/types.js";
import { percent, plural } from "./format.js";

const NOT_ASSESSED = "not assessed: the document reports on another regulator document";

/** The rows of a document's summary table, as [label, plain text]. */
export function summaryRows(s: DocumentSummary): [string, string][] {
  const flags = Object.entries(s.flags)
    .filter(([, count]) => count > 0)
    .map(([flag, count]) => `${flag} ${count}`);
  return [
    ["Sentences", String(s.sentences)],
    ["Sourced share", sourcedText(s)],
    ["Quotations", quotationsText(s)],
    ["Discrepancies", discrepanciesText(s)],
    ["Flags", flags.length > 0 ? flags.join(", ") : "none"],
    ["Omissions", s.assessed ? String(s.omissions) : NOT_ASSESSED],
    ["Balance", balanceText(s)],
  ];
}

/** "67% of its claims outside quotation marks have a letter source (10 of 15)". */
export function sourcedText(s: DocumentSummary): string {
  if (s.claims === 0) return "no claims outside quotation marks";
  return `${percent(s.sourcedShare)} of its claims outside quotation marks have a letter source (${s.claimsSourced} of ${s.claims})`;
}

/** "2 of 3 quotations attributed to the regulator are in the letter". */
export function quotationsText(s: DocumentSummary): string {
  if (s.regulatorQuotes === 0) return "none attributed to the regulator";
  return `${s.quotesFound} of ${plural(s.regulatorQuotes, "quotation")} attributed to the regulator ${
    s.quotesFound === 1 ? "is" : "are"
  } in the letter`;
}

/** "5", or for another document's coverage "not assessed: 16 findings not checked against this letter". */
export function discrepanciesText(s: DocumentSummary): string {
  if (s.assessed) return String(s.discrepancies);
  return `not assessed: ${plural(s.notCheckedAgainstLetter, "finding")} not checked against this letter`;
}

export function balanceText(s: DocumentSummary): string {
  if (s.positiveReported === null || s.criticalReported === null) return NOT_ASSESSED;
  return `${percent(s.positiveReported)} of the letter's positive findings and ${percent(
    s.criticalReported,
  )} of its critical findings reported`;
}

/** The heading of the omissions list: "Omitted critical findings (3)" or "… not assessed". */
export function omissionsHeading(s: DocumentSummary): string {
  return s.assessed
    ? `Omitted critical findings (${s.omissions})`
    : "Omitted critical findings: not assessed";
}

/** What the omissions list says when it is empty. */
export function noOmissionsText(s: DocumentSummary): string {
  return s.assessed
    ? "None: every critical letter finding is reported."
    : "Not assessed: the document reports on another regulator document, so what it leaves out of this letter says nothing.";
}

/** The overview table's discrepancy cell: "5", or "16 not checked" for another document's coverage. */
export function discrepancyCell(s: DocumentSummary): string {
  return s.assessed ? String(s.discrepancies) : `${s.notCheckedAgainstLetter} not checked`;
}

/** The overview table's omissions cell: "3", or "not assessed". */
export function omissionsCell(s: DocumentSummary): string {
  return s.assessed ? String(s.omissions) : "not assessed";
}
