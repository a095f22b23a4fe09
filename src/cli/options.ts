import { z } from "zod";
import { REPORT_FORMATS, type ReportFormat } from "./reportFormats.js";

export { REPORT_FORMATS, type ReportFormat };

/** The format named by an output file's extension, when it names one. */
export function formatFromPath(path: string | undefined): ReportFormat | undefined {
  const ext = path?.match(/\.([a-z]+)$/i)?.[1]?.toLowerCase();
  if (ext === "markdown") return "md";
  if (ext === "htm") return "html";
  return REPORT_FORMATS.find((f) => f === ext);
}

export const ReportOptionsSchema = z.object({
  format: z.enum(REPORT_FORMATS).optional(),
  output: z.string().min(1).optional(),
  state: z.string().min(1).optional(),
  bom: z.boolean().default(false),
  regulator: z.array(z.string().min(1)).default([]),
  debug: z.boolean().default(false),
});
export type ReportOptions = z.infer<typeof ReportOptionsSchema>;

export const CheckOptionsSchema = z.object({
  failOn: z.string().optional(),
  json: z.boolean().default(false),
  regulator: z.array(z.string().min(1)).default([]),
  debug: z.boolean().default(false),
});

export const ReviewOptionsSchema = z.object({
  state: z.string().min(1).optional(),
  regulator: z.array(z.string().min(1)).default([]),
  debug: z.boolean().default(false),
});

/** Zod's first complaint as one line ("--format: Invalid option: expected one of …"). */
export function describeZodError(err: z.ZodError): string {
  const issue = err.issues[0];
  if (!issue) return "invalid options";
  const path = issue.path.length
    ? `--${issue.path.join(".").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: `
    : "";
  return `${path}${issue.message}`;
}

/** Options about how inputs are read, shared by report, check and review (validated at the CLI boundary). */
export const InputOptionsSchema = z
  .object({
    offline: z.boolean().default(false),
    /** --max-size: the largest input, in MB (default 20). */
    maxSize: z.coerce.number().positive().max(4096).optional(),
  })
  .transform(({ offline, maxSize }) => ({
    offline,
    ...(maxSize !== undefined ? { maxBytes: Math.round(maxSize * 1024 * 1024) } : {}),
  }));

/** --time-limit: seconds one comparison may take before it is stopped (default 120). */
export const TimeLimitSchema = z.object({
  timeLimit: z.coerce.number().positive().max(86_400).default(120),
});
