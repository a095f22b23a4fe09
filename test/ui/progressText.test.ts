import { describe, expect, it } from "vitest";
import { progressText } from "../../src/ui/Header.js";

/** Issue 14, items 2, 3 and 5: the header counts claims to review, in good English, from the summary. */
describe("progressText", () => {
  it("counts the claims to review and says '1 discrepancy', not '1 discrepancies'", () => {
    expect(progressText({ reviewed: 0, total: 1, discrepancies: 1, notChecked: 0, assessed: true })).toBe(
      "0/1 claim reviewed, 1 discrepancy",
    );
    expect(progressText({ reviewed: 2, total: 9, discrepancies: 3, notChecked: 0, assessed: true })).toBe(
      "2/9 claims reviewed, 3 discrepancies",
    );
  });

  it("calls nothing a discrepancy in coverage of another regulator document", () => {
    expect(progressText({ reviewed: 0, total: 18, discrepancies: 0, notChecked: 16, assessed: false })).toBe(
      "0/18 claims reviewed, 16 not checked against this letter",
    );
  });
});
