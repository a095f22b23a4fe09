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

describe("overgeneralised: a quotation that drops the quantifier the letter puts before it", () => {
  it("flags a quotation that starts after the letter's 'Many'", () => {
    const [f] = judge('The CQC said "residents are supported to take part in activities they enjoy".');
    expect(f?.kind).toBe("quote-exact");
    expect(f?.flags).toContain("overgeneralised");
    expect(f?.reason).toMatch(/Many/);
  });

  it("flags it after an ellipsis too, where the second fragment starts after the quantifier", () => {
    const [f] = judge(
      'The CQC said "leaders have taken effective action to improve the safety of medicines management … residents are supported to take part in activities they enjoy".',
    );
    expect(f?.flags).toContain("overgeneralised");
  });

  it("is silent when the press keeps the quantifier outside the quotation", () => {
    const [f] = judge('The CQC said many "residents are supported to take part in activities they enjoy".');
    expect(f?.flags).not.toContain("overgeneralised");
  });
});
