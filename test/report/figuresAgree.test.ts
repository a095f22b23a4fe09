/**
 * Issue 14, item 2: every figure about a press document is computed once (core/summary.ts) and every
 * view formats that figure, so the Markdown and HTML reports, the check line and the review never
 * contradict each other — above all for coverage of another regulator document, where nothing is judged
 * against this letter.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compare } from "../../src/core/compare.js";
import type { SourceDocument } from "../../src/core/types.js";
import { checkDocuments, DEFAULT_FAIL_ON, formatCheckReport } from "../../src/report/check.js";
import { percent } from "../../src/report/format.js";
import { renderHtml } from "../../src/report/html.js";
import { renderMarkdown } from "../../src/report/markdown.js";

const seed = (name: string): SourceDocument => ({
  source: `seeds/${name}.txt`,
  text: readFileSync(`seeds/${name}.txt`, "utf8"),
  format: "text",
});
// The bundled seeds: 000 reports the letter 001; 004 reports another Ofsted document.
const c = compare(seed("001_3ecc2d4aaa3c5f93"), [seed("000_48be5846dd2c0fe9"), seed("004_3ab04ba881e51fa3")]);
const [same, other] = c.documents;

describe("a press document about another regulator document", () => {
  it("is not assessed: no discrepancies, omissions or balance against this letter", () => {
    expect(other?.differentDocument).toBe(true);
    expect(other?.summary).toMatchObject({
      assessed: false,
      discrepancies: 0,
      omissions: 0,
      positiveReported: null,
      criticalReported: null,
    });
    expect(other?.summary.notCheckedAgainstLetter).toBeGreaterThan(0);
  });

  it("quotes in its reason the same sourced share that its summary shows", () => {
    const share = other?.differentDocumentReason?.match(/(\d+)% of its claims/)?.[1];
    if (share !== undefined) expect(`${share}%`).toBe(percent(other?.summary.sourcedShare ?? -1));
  });

  it("never says in Markdown that every critical finding is reported, nor gives a balance", () => {
    const section = renderMarkdown(c).split("## 2. ")[1] ?? "";
    expect(section).not.toMatch(/every critical letter finding is reported/);
    expect(section).not.toMatch(/of its critical findings reported/);
    expect(section).toContain("Omitted critical findings: not assessed");
    expect(section).toMatch(
      /\| Discrepancies \| not assessed: \d+ findings not checked against this letter \|/,
    );
    expect(renderMarkdown(c)).toMatch(
      /\| 2 \| seeds\/004\\_3ab04ba881e51fa3\.txt \| different document \| \d+ not checked \| not assessed \|/,
    );
  });

  it("says the same in HTML", () => {
    const section = renderHtml(c).split('id="doc-1"')[1] ?? "";
    expect(section).not.toMatch(/every critical letter finding is reported/);
    expect(section).not.toMatch(/of its critical findings reported/);
    expect(section).toContain("Omitted critical findings: not assessed");
  });
});

describe("a press document about this letter", () => {
  it("shows in the reports the counts the check line gives", () => {
    const check = checkDocuments(c, DEFAULT_FAIL_ON);
    expect(check.documents[0]?.discrepancies).toBe(same?.summary.discrepancies);
    expect(check.documents[0]?.omissions).toBe(same?.summary.omissions);
    const markdown = renderMarkdown(c);
    expect(markdown).toContain(`| Discrepancies | ${same?.summary.discrepancies} |`);
    expect(markdown).toContain(`### Discrepancies (${same?.summary.discrepancies})`);
    expect(markdown).toContain(`### Omitted critical findings (${same?.summary.omissions})`);
    // The total leaves out the findings not checked against this letter.
    expect(check.total.discrepancies).toBe(same?.summary.discrepancies);
    expect(formatCheckReport(check)).toContain("different document");
  });
});
