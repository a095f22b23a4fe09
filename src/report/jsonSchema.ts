import { z } from "zod";
import { ReportSchema } from "./schema.js";

/** Where the generated JSON Schema lives in the package (`files` in package.json ships it). */
export const REPORT_JSON_SCHEMA_PATH = "schema/report.schema.json";

/**
 * The JSON Schema (draft 2020-12) of the report, generated from the zod contract so the two cannot
 * disagree. Generated in zod's "input" mode: it describes what a consumer may receive, so objects do
 * not get `additionalProperties: false` — the contract promises its fields and welcomes extra ones, and
 * a consumer validating a later schemaVersion 1 report with added fields must still accept it.
 */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
}

/** The schema file's exact text: two-space JSON and a final newline (what `npm run schema` writes). */
export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
