import { z } from "zod";
import { FLAGS, KINDS } from "../core/types.js";

/** The JSON report contract, schemaVersion 1 (DESIGN.md). Extra fields beyond the contract are optional. */
export const SpanSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const DiffPartSchema = z.object({ op: z.enum(["equal", "insert", "delete"]), text: z.string() });

export const ReportFindingSchema = z.object({
  id: z.string(),
  kind: z.enum(KINDS),
  flags: z.array(z.enum(FLAGS)),
  press: SpanSchema,
  quote: SpanSchema.extend({ speaker: z.enum(["regulator", "other", "unknown"]) }).optional(),
  letter: z.array(SpanSchema),
  similarity: z.number().min(0).max(1),
  reason: z.string(),
  diff: z.array(DiffPartSchema).optional(),
  review: z
    .object({
      verdict: z.enum(["confirmed", "dismissed"]).optional(),
      note: z.string().optional(),
      updatedAt: z.string(),
    })
    .optional(),
});

export const ReportDocumentSchema = z.object({
  source: z.string(),
  format: z.enum(["text", "markdown", "html", "pdf"]),
  differentDocument: z.boolean(),
  differentDocumentReason: z.string().optional(),
  text: z.string(),
  summary: z.object({
    sentences: z.number().int(),
    sourcedShare: z.number(),
    counts: z.record(z.enum(KINDS), z.number().int()),
    flags: z.record(z.enum(FLAGS), z.number().int()),
    discrepancies: z.number().int(),
    omissions: z.number().int(),
    positiveReported: z.number(),
    criticalReported: z.number(),
  }),
  findings: z.array(ReportFindingSchema),
  omissions: z.array(SpanSchema.extend({ reason: z.string() })),
});

export const ReportSchema = z.object({
  schemaVersion: z.literal(1),
  generator: z.object({ name: z.literal("presscheck"), version: z.string() }),
  letter: z.object({
    source: z.string(),
    format: z.enum(["text", "markdown", "html", "pdf"]),
    text: z.string(),
  }),
  documents: z.array(ReportDocumentSchema),
});

export type Report = z.infer<typeof ReportSchema>;
