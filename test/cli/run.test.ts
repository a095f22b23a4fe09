import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readInputs, runComparison } from "../../src/cli/run.js";

const dir = mkdtempSync(join(tmpdir(), "presscheck-run-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// Invented texts: a letter of headings and an address only, a letter with findings, an article.
const headingsOnly = file(
  "headings.txt",
  "Inspection of Example Town\n\nChildren's services\n\n1 High Street\n",
);
const letter = file(
  "letter.txt",
  "Dear Director\n\nSocial workers visit children regularly and know them well. Managers do not yet check plans often enough.\n",
);
const press = file("press.txt", "Inspectors said social workers know children well.\n");

describe("run", () => {
  it("refuses a letter with no sentences to compare against, naming it, before comparing", async () => {
    const refusal = `cannot read ${headingsOnly}: the letter has no sentences to compare against`;
    await expect(runComparison(headingsOnly, [press], {}, () => {})).rejects.toThrow(refusal);
    await expect(readInputs(headingsOnly, [press], () => {})).rejects.toThrow(refusal);
  });

  it("compares a letter with findings, as readInputs reads it", async () => {
    const c = await runComparison(letter, [press], {}, () => {});
    expect(c.documents.map((d) => d.source)).toEqual([press]);
    const { letter: doc } = await readInputs(letter, [press], () => {});
    expect(c.letter.text).toBe(doc.text);
  });
});
