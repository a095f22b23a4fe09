import { describe, expect, it } from "vitest";
import { compare } from "../../src/core/compare.js";
import type { Finding } from "../../src/core/types.js";
import { CQC_LETTER } from "../fixtures/cqcLetter.js";

function judge(article: string): Finding[] {
  const c = compare({ source: "letter.txt", text: CQC_LETTER, format: "text" }, [
    { source: "article.txt", text: article, format: "text" },
  ]);
  return c.documents[0]?.findings ?? [];
}

describe("two-word quotations", () => {
  it("checks a two-word quotation the regulator is said to have written", () => {
    const [f] = judge('Inspectors said the home was "exceptionally clean" throughout.');
    expect(f?.kind).toBe("quote-altered");
    expect(f?.reason).toMatch(/exceptionally/);
  });

  it("leaves a quoted term or grade as part of its sentence", () => {
    const findings = judge(
      "The home hopes to move from ‘Requires Improvement’ to a ‘Good’ rating next year.",
    );
    expect(findings.every((f) => f.quote === undefined)).toBe(true);
  });
});
