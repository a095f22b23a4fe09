import { describe, expect, it } from "vitest";
import { CQC_LETTER } from "../../fixtures/cqcLetter.js";
import { findingsOf } from "../../fixtures/judgeAgainst.js";

const judge = (article: string) => findingsOf(CQC_LETTER, article);

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

describe("one-word quotations", () => {
  it("checks a single word the regulator is said to have written", () => {
    const [f] = judge("Inspectors described the laundry as 'squalid'.");
    expect(f?.kind).toBe("quote-not-found");
  });

  it("finds a single quoted word that is the letter's", () => {
    const [f] = judge("Inspectors described the home as 'clean'.");
    expect(f?.kind).toBe("quote-exact");
  });
});
