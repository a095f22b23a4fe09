import { describe, expect, it } from "vitest";
import { CQC_LETTER } from "../fixtures/cqcLetter.js";
import { findingsOf } from "../fixtures/judgeAgainst.js";

const judge = (article: string) => findingsOf(CQC_LETTER, article);

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
