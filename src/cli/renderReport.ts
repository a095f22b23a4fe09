import type { Comparison } from "../core/types.js";
import type { Decisions } from "../review/decisions.js";
import type { REPORT_FORMATS } from "./options.js";

/** A comparison with its decisions as a report in one format; each renderer loads only when used. */
export async function renderReport(
  format: (typeof REPORT_FORMATS)[number],
  c: Comparison,
  decisions: Decisions,
  options: { bom?: boolean } = {},
): Promise<string> {
  switch (format) {
    case "json":
      return (await import("../report/json.js")).renderJson(c, decisions);
    case "md":
      return (await import("../report/markdown.js")).renderMarkdown(c, decisions);
    case "html":
      return (await import("../report/html.js")).renderHtml(c, decisions);
    case "csv":
      return (await import("../report/csv.js")).renderCsv(c, decisions, options);
  }
}

/**
 * The same report in pieces to be written one after another: JSON is made finding by finding
 * (report/json.ts jsonReportChunks), never held whole; the other formats are one piece.
 */
export async function renderReportChunks(
  format: (typeof REPORT_FORMATS)[number],
  c: Comparison,
  decisions: Decisions,
  options: { bom?: boolean } = {},
): Promise<Iterable<string>> {
  if (format === "json") return (await import("../report/json.js")).jsonReportChunks(c, decisions);
  return [await renderReport(format, c, decisions, options)];
}
