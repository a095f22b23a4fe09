#!/usr/bin/env node
/**
 * Writes schema/report.schema.json, the JSON Schema of the JSON report, generated from the zod
 * contract (src/report/schema.ts) by the built code: `npm run schema` builds first, then runs this.
 * test/report/jsonSchema.test.ts fails when the committed file differs from what the zod schema
 * generates now, so run this after changing the contract and commit the result.
 *   node scripts/gen-schema.mjs            write the file
 *   node scripts/gen-schema.mjs --check    exit 1 when the file is missing or stale, write nothing
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";

const built = "dist/report/jsonSchema.js";
if (!existsSync(built)) {
  console.error(`gen-schema: ${built} not found; run \`npm run build\` first (npm run schema does)`);
  process.exit(2);
}
const { REPORT_JSON_SCHEMA_PATH, reportJsonSchemaText } = await import(`../${built}`);
const { writeFileAtomic } = await import("../dist/io/atomicWrite.js");

const text = reportJsonSchemaText();
const current = existsSync(REPORT_JSON_SCHEMA_PATH)
  ? readFileSync(REPORT_JSON_SCHEMA_PATH, "utf8")
  : undefined;

if (process.argv.includes("--check")) {
  if (current === text) {
    console.log(`gen-schema: ${REPORT_JSON_SCHEMA_PATH} is up to date`);
  } else {
    console.error(
      `gen-schema: ${REPORT_JSON_SCHEMA_PATH} is ${current === undefined ? "missing" : "stale"}; run npm run schema`,
    );
    process.exit(1);
  }
} else if (current === text) {
  console.log(`gen-schema: ${REPORT_JSON_SCHEMA_PATH} unchanged`);
} else {
  mkdirSync(dirname(REPORT_JSON_SCHEMA_PATH), { recursive: true });
  writeFileAtomic(REPORT_JSON_SCHEMA_PATH, text);
  console.log(`gen-schema: wrote ${REPORT_JSON_SCHEMA_PATH} (${text.length} bytes)`);
}
