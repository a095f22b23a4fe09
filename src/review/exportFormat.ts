/** Report formats the export prompt offers, in the order Tab cycles through them. */
export const EXPORT_FORMATS = ["md", "html", "json", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function nextExportFormat(format: ExportFormat): ExportFormat {
  const at = EXPORT_FORMATS.indexOf(format);
  return EXPORT_FORMATS[(at + 1) % EXPORT_FORMATS.length] ?? "md";
}

/** Swaps the extension when the path ends in the previous format's one, so Tab keeps the name sensible. */
export function pathForFormat(path: string, from: ExportFormat, to: ExportFormat): string {
  return path.endsWith(`.${from}`) ? `${path.slice(0, -from.length)}${to}` : path;
}
