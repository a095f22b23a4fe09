import { describe, expect, it } from "vitest";
import { CQC_LETTER } from "../../fixtures/cqcLetter.js";
import { findingsOf } from "../../fixtures/judgeAgainst.js";

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

describe("overgeneralised and altered by omission, in other positions", () => {
  const letter =
    "Dear Ms Rao\n\nMost people enjoyed the meals. Pupils typically behave well. Pupils listen carefully in most lessons. Behaviour at lunchtime is not consistently well managed.\n\nYours sincerely";

  it("flags a quantifier a few words before the quotation", () => {
    const [f] = findingsOf(letter, 'Inspectors said people "enjoyed the meals".');
    expect(f?.flags).toContain("overgeneralised");
  });

  it("flags a frequency adverb before, and a limiting phrase after, the quotation", () => {
    expect(findingsOf(letter, 'Inspectors said pupils "behave well".')[0]?.flags).toContain(
      "overgeneralised",
    );
    const [after] = findingsOf(letter, 'Inspectors said pupils "listen carefully".');
    expect(after?.flags).toContain("overgeneralised");
    expect(after?.reason).toMatch(/in most lessons/);
  });

  it("calls a quotation altered when its ellipsis leaves out the letter's hedge", () => {
    const [f] = findingsOf(letter, 'The report said behaviour at lunchtime "is not … well managed".');
    expect(f?.kind).toBe("quote-altered");
    expect(f?.reason).toMatch(/consistently/);
  });
});
