import { z } from "zod";
import { FLAGS, KINDS } from "../core/types.js";

/**
 * The JSON report contract, schemaVersion 1 (DESIGN.md). Extra fields beyond the contract are optional.
 * The `.describe()` texts are for readers of the published JSON Schema (schema/report.schema.json,
 * generated from this file by `npm run schema`): keep them true when a field changes.
 */
export const SpanSchema = z.object({
  text: z
    .string()
    .describe("The span's text: exactly text.slice(start, end) of the document it points into."),
  start: z.number().int().nonnegative().describe("Start offset, inclusive, in UTF-16 code units."),
  end: z.number().int().nonnegative().describe("End offset, exclusive, in UTF-16 code units."),
});

/**
 * One integer count per name, every name required. An object of named properties rather than
 * `z.record(z.enum(names), …)`: the JSON Schema then lists each key under `properties`, which strict
 * validators (Ajv's strict mode) require of `required` keys.
 */
function countsOf<const T extends readonly string[]>(names: T) {
  return z.object(
    Object.fromEntries(names.map((name) => [name, z.number().int().nonnegative()])) as {
      [K in T[number]]: z.ZodNumber;
    },
  );
}

export const DiffPartSchema = z
  .object({ op: z.enum(["equal", "insert", "delete"]), text: z.string() })
  .describe("One run of the word diff from the letter text (delete) to the press text (insert).");

const ReviewSchema = z.object({
  verdict: z.enum(["confirmed", "dismissed"]).optional(),
  note: z.string().optional(),
  updatedAt: z.string(),
});

export const ReportFindingSchema = z.object({
  id: z.string().describe("Stable id of the finding (keys review decisions)."),
  kind: z.enum(KINDS).describe("What the press text does with the letter (DESIGN.md vocabulary)."),
  flags: z.array(z.enum(FLAGS)).describe("Distortions on top of the kind; may be empty."),
  press: SpanSchema.describe("The press sentence or quoted span, offsets into the document's text."),
  quote: SpanSchema.extend({ speaker: z.enum(["regulator", "other", "unknown"]) })
    .optional()
    .describe("The words inside the quotation marks, when the finding is about a quotation."),
  letter: z
    .array(SpanSchema)
    .describe("The letter passages the press text comes from; offsets into letter.text."),
  similarity: z.number().min(0).max(1),
  reason: z.string().describe("Why the finding has this kind and these flags, in plain words."),
  rules: z
    .array(z.string())
    .optional()
    .describe(
      "Ids of the rules that decided the kind and flags (docs/rules.md): the verdict's rule, the flag rules, then the rules that revised it. Added within schemaVersion 1 (an extra field, as the contract allows).",
    ),
  closest: z
    .object({
      letterStart: z.number().int().nonnegative().describe("Start offset of the passage in letter.text."),
      letterEnd: z
        .number()
        .int()
        .nonnegative()
        .describe("End offset (exclusive) of the passage in letter.text."),
      similarity: z
        .number()
        .min(0)
        .max(1)
        .describe("Share (0..1) of the claim's distinctive words that the passage accounts for."),
    })
    .optional()
    .describe(
      "For an unsupported finding without a letter source: its best partial match in the letter, as offsets (no copy of the text).",
    ),
  diff: z.array(DiffPartSchema).optional(),
  review: ReviewSchema.optional().describe("The reviewer's decision and note, when a review state exists."),
});

const SectionSchema = z
  .object({
    kind: z.enum(["front", "judgements", "summary", "improve", "body"]),
    paragraph: z.number().int().optional(),
    heading: z.string().optional(),
  })
  .describe(
    "Where a letter sentence stands: judgement table, summary, improvement list ('improve'), or body (numbered paragraph N under a heading).",
  );

const OmissionSchema = SpanSchema.extend({
  id: z.string().describe("Stable id of the omission (keys review decisions)."),
  reason: z.string(),
  review: ReviewSchema.optional(),
  rank: z.number().int().positive().optional().describe("1 for the most prominent omitted finding."),
  section: SectionSchema.optional(),
  places: z
    .array(SpanSchema.extend({ section: SectionSchema }))
    .optional()
    .describe(
      "Every place the letter states this finding (summary, improvement list, body), in letter order.",
    ),
});

export const ReportDocumentSchema = z.object({
  source: z.string(),
  format: z.enum(["text", "markdown", "html", "pdf"]),
  differentDocument: z
    .boolean()
    .describe(
      "True when the press mostly reports another regulator document: its quotes are not misquotes of this letter.",
    ),
  differentDocumentReason: z.string().optional(),
  text: z
    .string()
    .describe("The document text as read (after HTML or PDF extraction); press offsets point into it."),
  summary: z
    .object({
      sentences: z.number().int(),
      assessed: z
        .boolean()
        .describe(
          "False for a different document: discrepancies, omissions and balance are not judged against this letter.",
        ),
      claimFindings: z.number().int().describe("Findings a review goes through: every kind but not-checked."),
      claims: z.number().int().describe("The press's own claims: sentences outside quotation marks."),
      claimsSourced: z.number().int().describe("Claims outside quotation marks that have a letter source."),
      sourcedShare: z.number().describe("claimsSourced / claims (0 without claims)."),
      regulatorQuotes: z.number().int().describe("Quotations attributed to the regulator."),
      quotesFound: z
        .number()
        .int()
        .describe("Quotations attributed to the regulator that are in the letter."),
      counts: countsOf(KINDS).describe("Findings per kind."),
      flags: countsOf(FLAGS).describe("Findings per flag."),
      discrepancies: z
        .number()
        .int()
        .describe("Findings with a discrepancy kind or a flag; 0 when not assessed."),
      notCheckedAgainstLetter: z
        .number()
        .int()
        .describe("Different document only: the findings that would be discrepancies against this letter."),
      omissions: z
        .number()
        .int()
        .describe("Every omitted critical finding (omissions and moreOmissions); 0 when not assessed."),
      positiveReported: z
        .number()
        .nullable()
        .describe(
          "Share (0..1) of the letter's positive findings the document reports; null when not assessed.",
        ),
      criticalReported: z
        .number()
        .nullable()
        .describe(
          "Share (0..1) of the letter's critical findings the document reports; null when not assessed.",
        ),
    })
    .describe("Every figure about the document, computed once; reports and the review only format them."),
  noClaims: z
    .boolean()
    .optional()
    .describe(
      "True when no sentence of the document is a claim about the letter (a text on another subject): nothing to verify, which is not 'faithful'.",
    ),
  findings: z.array(ReportFindingSchema),
  omissions: z
    .array(OmissionSchema)
    .describe(
      "The short ranked list of critical letter findings the document never reports (rank 1 first); offsets into letter.text.",
    ),
  moreOmissions: z
    .array(OmissionSchema)
    .optional()
    .describe(
      "The other omitted critical findings, ranked after `omissions` (counted, not shown by default).",
    ),
});

export const ReportSchema = z
  .object({
    schemaVersion: z.literal(1),
    generator: z.object({ name: z.literal("presscheck"), version: z.string() }),
    letter: z.object({
      source: z.string(),
      format: z.enum(["text", "markdown", "html", "pdf"]),
      text: z.string().describe("The letter text as read; letter offsets point into it."),
    }),
    documents: z.array(ReportDocumentSchema),
  })
  .meta({
    title: "presscheck report",
    description:
      "A presscheck discrepancy report, schemaVersion 1: each press document's findings checked against the regulator's letter.",
  });

export type Report = z.infer<typeof ReportSchema>;
