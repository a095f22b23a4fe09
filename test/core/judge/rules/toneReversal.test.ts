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

describe("a shortfall denied by a claim of completeness, without praise words", () => {
  const letter =
    "Dear Mr Ames\n\nCare plans are not always specific enough about residents' needs. Fewer than half of the night staff have completed training in moving and handling. Residents spend too long in their rooms in the afternoons.\n\nYours sincerely";

  it("calls 'now specific', 'all … have completed' and 'little time' against the letter's shortfall overstated", () => {
    for (const press of [
      "Inspectors said care plans are now specific about residents' needs.",
      "The report confirms that night staff have now completed training in moving and handling.",
      "The report said residents spend little time in their rooms in the afternoons.",
    ]) {
      const [f] = findingsOf(letter, press);
      expect(f?.kind, press).toBe("overstated");
    }
  });

  it("leaves a restatement that keeps the shortfall", () => {
    for (const press of [
      "Inspectors said residents spend too long in their rooms in the afternoons.",
      "Residents spend as little as an hour out of their rooms in the afternoons, the report said.",
    ]) {
      const [f] = findingsOf(letter, press);
      expect(f?.kind, press).not.toBe("overstated");
    }
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

describe("'now' beside a figure gives a level, not a shortfall resolved", () => {
  const letter =
    "Dear Ms Rowe\n\nThe proportion of complaints answered late has fallen from 40% to 25% this year.\n\nYours sincerely";

  it("leaves 'now … 25%, down from 40%' to the figure rules", () => {
    const [f] = findingsOf(
      letter,
      "Late answers now make up 25% of complaints, down from 40%, the report said.",
    );
    expect(f?.rules).not.toContain("tone-reversal");
  });
});

describe("a share bounded from above states the shortfall", () => {
  const letter =
    "Dear Ms Ward\n\nOnly four of the 11 care plans we sampled had a clear record of the person's wishes. Staff were kind and patient.\n\nYours sincerely";

  it("does not call 'fewer than half … had a clear record' praise of the criticism", () => {
    const [f] = findingsOf(
      letter,
      "Inspectors noted that fewer than half the care plans they sampled had a clear record of the person's wishes.",
    );
    expect(f?.rules).not.toContain("tone-reversal");
  });

  it("still calls a claim of completeness against it overstated", () => {
    const [f] = findingsOf(
      letter,
      "Inspectors found that care plans now have a clear record of the person's wishes.",
    );
    expect(f?.kind).toBe("overstated");
  });
});
