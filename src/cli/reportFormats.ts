/**
 * Output formats of `report`, apart from the option schemas (options.ts, which loads zod) so that
 * building the command line for `--help` or `--version` loads nothing more.
 */
export const REPORT_FORMATS = ["json", "md", "html", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
