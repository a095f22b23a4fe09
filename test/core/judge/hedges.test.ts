import { describe, expect, it } from "vitest";
import { findingsOf } from "../../fixtures/judgeAgainst.js";

const LETTER =
  "Dear Chief Officer\n\nNight-time staffing levels did not always meet people's needs. We found examples where families waited many weeks for an assessment.\n\nYours sincerely";

describe("frequency limits", () => {
  it("flags criticism made absolute: 'did not always meet' reported as 'did not meet'", () => {
    const [f] = findingsOf(
      LETTER,
      "Inspectors found night-time staffing levels did not meet people's needs.",
    );
    expect(f?.kind).toBe("overstated");
    expect(f?.reason).toMatch(/not always/);
  });

  it("flags 'examples where' reported as 'in every case'", () => {
    const [f] = findingsOf(
      LETTER,
      "Families waited many weeks for an assessment in every case, the report found.",
    );
    expect(f?.kind).toBe("overstated");
    expect(f?.reason).toMatch(/examples where/);
  });

  it("is silent when the press keeps the limit", () => {
    const [f] = findingsOf(
      LETTER,
      "Night-time staffing levels did not always meet people's needs, inspectors said.",
    );
    expect(f?.kind).not.toBe("overstated");
  });
});
