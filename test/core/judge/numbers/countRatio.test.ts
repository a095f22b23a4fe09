import { describe, expect, it } from "vitest";
import { fitsCountRatio, ratioCounts } from "../../../../src/core/judge/numbers/countRatio.js";
import { extractQuantities, findNumberMismatch } from "../../../../src/core/judge/numbers.js";

const first = (s: string) => {
  const q = extractQuantities(s)[0];
  if (!q) throw new Error(`no figure in ${s}`);
  return q;
};

describe("a bare fraction against a letter's count of cases", () => {
  it("reads the two counts of 'N of the M'", () => {
    expect(ratioCounts(first("Six of the 18 files we read had a current risk assessment."))).toEqual({
      n: 6,
      m: 18,
    });
    expect(ratioCounts(first("In 7 out of 21 cases the plan was late."))).toEqual({ n: 7, m: 21 });
    expect(ratioCounts(first("About 40% of plans were late."))).toBeUndefined();
  });

  it("fits a fraction that names the same number of cases", () => {
    const letter = first("Six of the 18 files we read had a current risk assessment.");
    expect(fitsCountRatio(first("A third of the files had a current risk assessment."), letter)).toBe(true);
    expect(fitsCountRatio(first("One in three files had a current risk assessment."), letter)).toBe(true);
  });

  it("does not fit a fraction that names another number of cases", () => {
    const letter = first("Six of the 18 files we read had a current risk assessment.");
    expect(fitsCountRatio(first("Half of the files had a current risk assessment."), letter)).toBe(false);
    expect(fitsCountRatio(first("A quarter of the files had a current risk assessment."), letter)).toBe(
      false,
    );
  });

  it("leaves hedged fractions and large counts to the ordinary comparison", () => {
    const letter = first("Six of the 18 files we read had a current risk assessment.");
    expect(
      fitsCountRatio(first("Fewer than half of the files had a current risk assessment."), letter),
    ).toBeUndefined();
    const large = first("Supervision was recorded in 23 of the 50 files we read.");
    expect(fitsCountRatio(first("Supervision was recorded in half of the files."), large)).toBe(true);
  });

  it("reports the changed ratio in a restatement", () => {
    const letter = "Medicines were not stored securely in nine of the 12 homes we visited.";
    expect(
      findNumberMismatch("Medicines were not stored securely in half of the homes inspectors visited.", [
        letter,
      ]),
    ).toMatch(/half/);
    expect(
      findNumberMismatch(
        "Medicines were not stored securely in three quarters of the homes inspectors visited.",
        [letter],
      ),
    ).toBeUndefined();
  });

  it("pairs one figure each whose nouns differ when their clauses say three things alike", () => {
    const letter =
      "Three of the 15 drivers who sat the advanced test in the spring failed the written paper at the first attempt.";
    expect(
      findNumberMismatch(
        "Half of the delivery and haulage drivers who sat the advanced test in the spring failed the written paper at the first attempt.",
        [letter],
      ),
    ).toMatch(/Half/);
  });
});
