import { describe, expect, it } from "vitest";
import { findingsOf } from "../../../fixtures/judgeAgainst.js";

const LETTER =
  "Dear Ms Hale\n\nOnly 42% of tenants said repairs were completed quickly, compared with a national average of 70%. Staff were polite and helpful, but complaints were not always answered on time.\n\nYours sincerely";

describe("criticism reported as praise", () => {
  it("calls a positive restatement of a below-benchmark finding overstated", () => {
    const [f] = findingsOf(
      LETTER,
      "The regulator found tenants were very satisfied that repairs were completed quickly.",
    );
    expect(f?.kind).toBe("overstated");
    expect(f?.rules).toContain("tone-reversal");
    expect(f?.reason).toMatch(/praise what the letter gives as criticism/);
  });

  it("leaves praise quoted from before a ', but' caveat to the selective rule", () => {
    const [f] = findingsOf(LETTER, "The regulator said staff were polite and helpful.");
    expect(f?.kind).not.toBe("overstated");
    expect(f?.flags).toContain("selective");
  });
});

describe("the letter's own words report it", () => {
  it("counts a copied critical sentence as reported, whatever its tone read alone", async () => {
    const { compare } = await import("../../../../src/core/compare.js");
    const letter =
      "Dear Ms Hale\n\nAreas for improvement\n\nWe will review the progress of the repairs service at our next visit.\n\nYours sincerely";
    const doc = compare({ source: "l", text: letter, format: "text" }, [
      {
        source: "p",
        text: "We will review the progress of the repairs service at our next visit.",
        format: "text",
      },
    ]).documents[0];
    expect(doc?.omissions).toEqual([]);
  });
});
