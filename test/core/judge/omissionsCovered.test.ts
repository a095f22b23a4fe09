/**
 * Covered versus omitted: press words that say the opposite of a critical finding, or that the
 * regulator never wrote, do not report it; faithful restatements and quotations with an ellipsis do.
 * An invented housing regulator's letter and articles, not the seeds.
 */
import { describe, expect, it } from "vitest";
import { compare } from "../../../src/core/compare.js";
import { contradicts } from "../../../src/core/judge/omissions.js";
import type { DocumentComparison } from "../../../src/core/types.js";

const LETTER = [
  "Inspection of Eastbrook Homes",
  "",
  "Tenants told us that repair staff are polite and helpful.",
  "The quality of damp and mould surveys is variable.",
  "The landlord did not have an effective system to track overdue gas safety checks.",
  "Only 44% of tenants were satisfied with complaint handling, compared with a national average of 63%.",
  "",
].join("\n");

function omissionsFor(article: string): string[] {
  const doc = compare({ source: "letter.txt", text: LETTER, format: "text" }, [
    { source: "article.txt", text: article, format: "text" },
  ]).documents[0] as DocumentComparison;
  return doc.omissions.map((o) => o.text);
}

describe("contradicts", () => {
  it("is true only for praise with no criticism against a critical finding", () => {
    expect(contradicts("a firm and effective grip on survey quality", "critical")).toBe(true);
    expect(contradicts("surveys were of variable quality", "critical")).toBe(false);
    expect(contradicts("a firm and effective grip on survey quality", "positive")).toBe(false);
  });
});

describe("omissions: covered or not", () => {
  it("lists every critical finding an article reporting only praise never reports", () => {
    const omitted = omissionsFor(
      "The inspection report on Eastbrook Homes said repair staff are polite and helpful, tenants told inspectors.\n",
    );
    expect(omitted.some((t) => t.includes("variable"))).toBe(true);
    expect(omitted.some((t) => t.includes("gas safety checks"))).toBe(true);
    expect(omitted.some((t) => t.includes("44%"))).toBe(true);
    expect(omitted.some((t) => t.includes("polite and helpful"))).toBe(false);
  });

  it("counts a faithful restatement as covering the finding", () => {
    const omitted = omissionsFor(
      "The regulator found the landlord did not have an effective system to track overdue gas safety checks.\n",
    );
    expect(omitted.some((t) => t.includes("gas safety checks"))).toBe(false);
  });

  it("does not count a restatement that says the opposite as covering it", () => {
    const omitted = omissionsFor(
      "The regulator praised the landlord's strong and effective oversight of the quality of damp and mould surveys.\n",
    );
    expect(omitted.some((t) => t.includes("variable"))).toBe(true);
  });

  it("does not count a made-up quotation of praise as covering it", () => {
    const omitted = omissionsFor(
      'Inspectors said the quality of damp and mould surveys was "consistently excellent across every estate".\n',
    );
    expect(omitted.some((t) => t.includes("variable"))).toBe(true);
  });
});
