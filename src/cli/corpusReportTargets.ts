import { join } from "node:path";
import type { ReportFormat } from "./options.js";
import { UsageError } from "./usageError.js";

/** A file name from a letter's source (a path or URL): its last segment, without extension, made safe. */
function stemOf(source: string): string {
  const last = source.split(/[?#]/)[0]?.split(/[/\\]/).filter(Boolean).pop() ?? "";
  const stem = last
    .replace(/\.[a-z0-9]{1,5}$/i, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[.-]+/, "");
  return stem === "" ? "letter" : stem;
}

/**
 * Where `report --corpus` writes each matched letter's report (a report is about one letter: the JSON
 * contract has one `letter`). One letter matched: where `report` writes (`-o FILE`, or standard output
 * when `output` is undefined). Several: one report per letter in the directory `-o` names, each named
 * after its letter's file ("letters/ofsted-2024.pdf" → "ofsted-2024.md"), numbered when two share a
 * name; without `-o` that is a usage error, since several reports cannot share standard output.
 */
export function corpusReportTargets(
  letterSources: readonly string[],
  output: string | undefined,
  format: ReportFormat,
): Array<string | undefined> {
  const to = output === "-" ? undefined : output;
  if (letterSources.length <= 1) return letterSources.map(() => to);
  if (to === undefined)
    throw new UsageError(
      `${letterSources.length} letters matched: give -o DIR to write one report per letter into DIR`,
    );
  const used = new Map<string, number>();
  return letterSources.map((source) => {
    const stem = stemOf(source);
    const n = (used.get(stem) ?? 0) + 1;
    used.set(stem, n);
    return join(to, `${n === 1 ? stem : `${stem}-${n}`}.${format}`);
  });
}
