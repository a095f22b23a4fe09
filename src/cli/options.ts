/**
 * The commands' options, checked with zod at the command line's boundary. Written with `zod/mini`, the
 * functional form of zod 4 over the same core: a bundle keeps only the parts used, where the method-chain
 * form (`z.string().min(1)`) brings all of zod and builds every method on every schema. On a cold `check`
 * that was ~25 ms of CPU (loading zod and building these schemas) before any comparing (docs/bench.md).
 * The error messages are zod's own English ones, as before (`z.config(en())` below).
 */
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { REPORT_FORMATS, type ReportFormat } from "./reportFormats.js";

// zod/mini leaves the messages to the caller (zod's full build sets English on first use): the same.
z.config(en());

export { REPORT_FORMATS, type ReportFormat };

/** The format named by an output file's extension, when it names one. */
export function formatFromPath(path: string | undefined): ReportFormat | undefined {
  const ext = path?.match(/\.([a-z]+)$/i)?.[1]?.toLowerCase();
  if (ext === "markdown") return "md";
  if (ext === "htm") return "html";
  return REPORT_FORMATS.find((f) => f === ext);
}

const nonEmpty = () => z.string().check(z.minLength(1));
const regulator = () => z._default(z.array(nonEmpty()), []);
const flag = () => z._default(z.boolean(), false);

export const ReportOptionsSchema = z.object({
  format: z.optional(z.enum(REPORT_FORMATS)),
  output: z.optional(nonEmpty()),
  state: z.optional(nonEmpty()),
  bom: flag(),
  regulator: regulator(),
  debug: flag(),
});
export type ReportOptions = z.infer<typeof ReportOptionsSchema>;

export const CheckOptionsSchema = z.object({
  failOn: z.optional(z.string()),
  json: flag(),
  regulator: regulator(),
  debug: flag(),
});

export const ReviewOptionsSchema = z.object({
  state: z.optional(nonEmpty()),
  regulator: regulator(),
  debug: flag(),
});

/** Zod's first complaint as one line ("--format: Invalid option: expected one of …"). */
export function describeZodError(err: { issues: readonly z.core.$ZodIssue[] }): string {
  const issue = err.issues[0];
  if (!issue) return "invalid options";
  const path = issue.path.length
    ? `--${issue.path.join(".").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: `
    : "";
  return `${path}${issue.message}`;
}

/** Options about how inputs are read, shared by report, check and review (validated at the CLI boundary). */
export const InputOptionsSchema = z.pipe(
  z.object({
    offline: flag(),
    /** --max-size: the largest input, in MB (default 20). */
    maxSize: z.optional(z.coerce.number().check(z.positive(), z.maximum(4096))),
  }),
  z.transform(({ offline, maxSize }) => ({
    offline,
    ...(maxSize !== undefined ? { maxBytes: Math.round(maxSize * 1024 * 1024) } : {}),
  })),
);

/** --time-limit: seconds one comparison may take before it is stopped (default 120). */
export const TimeLimitSchema = z.object({
  timeLimit: z._default(z.coerce.number().check(z.positive(), z.maximum(86_400)), 120),
});
