import type { Comparison } from "../core/types.js";
import { writeFileAtomic } from "../io/atomicWrite.js";
import type { Decisions } from "../review/decisions.js";
import { compareWithOptions, warn } from "./compareHere.js";
import { formatFromPath, type REPORT_FORMATS, ReportOptionsSchema } from "./options.js";
import { renderReportChunks } from "./renderReport.js";
import { UsageError } from "./usageError.js";

/** Saved review decisions for the report, from `--state FILE` or the files beside the press documents. */
async function savedDecisions(c: Comparison, state: string | undefined): Promise<Decisions> {
  const { loadDecisionsForReport } = await import("../review/loadReview.js");
  const { legacyStatePath, statePathFor } = await import("../review/statePath.js");
  const { decisions, messages } = loadDecisionsForReport(c, statePathFor(state), legacyStatePath(state));
  for (const m of messages) warn(m);
  return decisions;
}

/**
 * The report's format: `--format`, else the extension of `-o FILE` (.json, .md/.markdown, .html/.htm,
 * .csv), else JSON. An `-o` file with another extension (report.txt) is refused rather than guessed.
 */
function reportFormat(
  format: (typeof REPORT_FORMATS)[number] | undefined,
  output: string | undefined,
): (typeof REPORT_FORMATS)[number] {
  if (format) return format;
  const inferred = formatFromPath(output);
  if (inferred) return inferred;
  if (output && output !== "-" && /\.[^./\\]+$/.test(output))
    throw new UsageError(
      `cannot tell the report format from ${output}: name the file .json, .md, .html or .csv, or give --format`,
    );
  return "json";
}

/** A report, written piece by piece, to `path` (atomically), or to standard output when there is none. */
async function writeReport(path: string | undefined, out: Iterable<string>): Promise<void> {
  if (path && path !== "-") {
    try {
      writeFileAtomic(path, out);
    } catch (err) {
      const { describeWriteError } = await import("../report/outputError.js");
      throw new UsageError(describeWriteError(path, err));
    }
  } else for (const piece of out) process.stdout.write(piece);
}

export async function reportCommand(
  letter: string,
  press: string[],
  raw: Record<string, unknown>,
): Promise<number> {
  if (raw.corpus === true) return corpusReportCommand([letter, ...press], raw);
  const opts = ReportOptionsSchema.parse(raw);
  const format = reportFormat(opts.format, opts.output);
  if (opts.bom && format !== "csv")
    throw new UsageError("--bom is for CSV output only (--format csv or -o FILE.csv)");
  const c = await compareWithOptions(letter, press, raw, opts.regulator);
  await writeReport(
    opts.output,
    await renderReportChunks(format, c, await savedDecisions(c, opts.state), { bom: opts.bom }),
  );
  if (opts.output && opts.output !== "-") {
    const documents = c.documents.length === 1 ? "1 press document" : `${c.documents.length} press documents`;
    process.stderr.write(`presscheck: wrote ${opts.output} (${format}, ${documents})\n`);
  }
  return 0;
}

/**
 * `report --corpus PRESS...`: each article's letter is found in the index (the match lines go to
 * stderr), then one report per matched letter, with every article on it (see corpusReportTargets).
 */
async function corpusReportCommand(press: string[], raw: Record<string, unknown>): Promise<number> {
  const opts = ReportOptionsSchema.parse(raw);
  const { corpusGroups } = await import("./corpusCheck.js");
  const { corpusReportTargets } = await import("./corpusReportTargets.js");
  const note = (line: string) => process.stderr.write(`${line}\n`);
  const groups = await corpusGroups(press, raw, note, "report");
  const several = groups.length > 1;
  const format = opts.format ?? (several ? undefined : formatFromPath(opts.output)) ?? "json";
  const targets = corpusReportTargets(
    groups.map((g) => g.letter.source),
    opts.output,
    format,
  );
  if (several && opts.output) {
    const { mkdirSync } = await import("node:fs");
    try {
      mkdirSync(opts.output, { recursive: true });
    } catch (err) {
      throw new UsageError(`cannot make the directory ${opts.output}: ${(err as Error).message}`);
    }
  }
  for (const [i, g] of groups.entries()) {
    const target = targets[i];
    await writeReport(
      target,
      await renderReportChunks(format, g.comparison, await savedDecisions(g.comparison, opts.state)),
    );
    if (several) note(`wrote ${target}  (letter ${g.letter.source}, ${g.comparison.documents.length} press)`);
  }
  return 0;
}
