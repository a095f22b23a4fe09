import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { runComparison } from "../../src/cli/run.js";
import { renderJson } from "../../src/report/json.js";
import { REPORT_JSON_SCHEMA_PATH, reportJsonSchemaText } from "../../src/report/jsonSchema.js";
import {
  careHomeComparison,
  careHomeDecisions,
  hostileComparison,
  hostileDecisions,
} from "../fixtures/comparisonFixture.js";

/**
 * The published JSON Schema (schema/report.schema.json) is generated from the zod contract. These tests
 * keep the committed file equal to what the zod schema generates now, and validate real report output
 * against the file with an independent validator (Ajv, draft 2020-12), so the schema users get is
 * the schema reports meet.
 */
const committed = readFileSync(REPORT_JSON_SCHEMA_PATH, "utf8");
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(committed));

function errorsOf(report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe("schema/report.schema.json", () => {
  it("is what the zod contract generates now (run `npm run schema` after changing it)", () => {
    expect(committed).toBe(reportJsonSchemaText());
  });

  it("is a draft 2020-12 schema that names its fields' meaning, and ships in the package", () => {
    const schema = JSON.parse(committed);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["schemaVersion", "generator", "letter", "documents"]);
    expect(committed).toMatch(/UTF-16 code units/);
    const pkg = JSON.parse(readFileSync("package.json", "utf8"));
    expect(pkg.files).toContain(REPORT_JSON_SCHEMA_PATH.split("/")[0]);
  });
});

describe("reports validate against the committed JSON Schema", () => {
  it("the invented care-home report, with review decisions", () => {
    expect(errorsOf(JSON.parse(renderJson(careHomeComparison(), careHomeDecisions)))).toEqual([]);
  });

  it("a hostile report: markup, formulas, escape sequences, a 5,000-character sentence", () => {
    expect(errorsOf(JSON.parse(renderJson(hostileComparison(), hostileDecisions)))).toEqual([]);
  });

  describe("the bundled seeds (the Ofsted letter and four press documents)", () => {
    let seeds: unknown;
    beforeAll(async () => {
      const press = [
        "000_48be5846dd2c0fe9",
        "002_2ce07d26d9d99a6e",
        "003_911d55b8bae43da8",
        "004_3ab04ba881e51fa3",
      ];
      const c = await runComparison(
        "seeds/001_3ecc2d4aaa3c5f93.txt",
        press.map((name) => `seeds/${name}.txt`),
        {},
        () => {},
      );
      seeds = JSON.parse(renderJson(c));
    });

    it("validate", () => {
      expect(errorsOf(seeds)).toEqual([]);
      expect((seeds as { documents: unknown[] }).documents).toHaveLength(4);
    });
  });

  it("rejects what breaks the contract, so the validation above is not vacuous", () => {
    const good = JSON.parse(renderJson(careHomeComparison()));
    const without = structuredClone(good);
    delete without.schemaVersion;
    expect(errorsOf(without).join("\n")).toMatch(/schemaVersion/);

    const badKind = structuredClone(good);
    badKind.documents[0].findings[0].kind = "misquote";
    expect(errorsOf(badKind).join("\n")).toMatch(/\/documents\/0\/findings\/0\/kind must be equal to one of/);

    const badOffset = structuredClone(good);
    badOffset.documents[0].findings[0].press.start = -1;
    expect(errorsOf(badOffset).join("\n")).toMatch(/press\/start must be >= 0/);

    const badFlag = structuredClone(good);
    badFlag.documents[0].findings[0].flags = ["sensational"];
    expect(errorsOf(badFlag)).not.toEqual([]);
  });

  it("accepts extra fields, as the contract welcomes them", () => {
    const extended = JSON.parse(renderJson(careHomeComparison()));
    extended.documents[0].publisher = "Hartford Gazette";
    extended.documents[0].findings[0].confidence = 0.9;
    expect(errorsOf(extended)).toEqual([]);
  });
});
