import { describe, expect, it } from "vitest";
import { reportsResponseToReport } from "../../../src/core/judge/bodyResponse.js";
import { findingsOf } from "../../fixtures/judgeAgainst.js";

describe("the inspected body's response to the report", () => {
  it("reads a body saying it accepts or welcomes the findings or recommendations", () => {
    for (const s of [
      "The health board said it accepted all nine recommendations.",
      "Northfold's fostering partnership said it had welcomed the findings and would set out a plan.",
      "A spokesperson for the academy trust said that they fully accept the report.",
    ])
      expect(reportsResponseToReport(s), s).toBe(true);
  });

  it("leaves the regulator as subject, and other things a body says", () => {
    for (const s of [
      "Inspectors said the board had accepted the recommendations of an earlier review.",
      "The report said it welcomed the findings of the local review.",
      "The health board said waiting times had fallen since the inspection.",
      // Any name of the shared list of regulators (text/regulatorNames.ts), however it is spaced.
      "HMIP said it had accepted the findings of the joint review.",
      "Education   Scotland said it welcomed the recommendations of the panel.",
    ])
      expect(reportsResponseToReport(s), s).toBe(false);
  });

  it("does not judge the response against the letter's recommendations", () => {
    const letter =
      "Dear Mr Lyle\n\nWe have made four recommendations to help the service improve. The health board should reduce waiting times for assessments.\n\nYours sincerely";
    const [f] = findingsOf(letter, "The health board said it accepted all four recommendations.");
    expect(f?.kind).toBe("not-checked");
  });
});
