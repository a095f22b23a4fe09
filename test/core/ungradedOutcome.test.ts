import { describe, expect, it } from "vitest";
import { findingsOf } from "../fixtures/judgeAgainst.js";

describe("an ungraded inspection's outcome in the press's words", () => {
  const LETTER = [
    "Dear Mr Adeyemi",
    "Ungraded inspection of Brookholme Infant School",
    "Children settle quickly and enjoy the outdoor classroom.",
    "Based on what we saw, the school might not be judged outstanding if a graded inspection were held now.",
    "Its next inspection will be a graded inspection.",
    "Yours sincerely",
  ].join("\n\n");

  it("ties a hedged restatement to the letter's warning", () => {
    const [f] = findingsOf(LETTER, "Inspectors warned the infant school could lose its outstanding rating.");
    expect(f?.kind).toBe("paraphrase");
    expect(f?.letter[0]?.text).toContain("might not be judged outstanding");
  });

  it("calls a restatement without the hedge overstated", () => {
    const [f] = findingsOf(LETTER, "Ofsted said Brookholme Infant School is no longer outstanding.");
    expect(f?.kind).toBe("overstated");
  });

  it("ties the consequence to the letter's next-inspection sentence", () => {
    const [f] = findingsOf(LETTER, "The school will now face a full inspection, the watchdog said.");
    expect(f?.kind).toBe("paraphrase");
    expect(f?.letter[0]?.text).toContain("next inspection will be a graded inspection");
  });

  it("does not tie a different grade to the warning", () => {
    const [f] = findingsOf(LETTER, "Ofsted said the school may no longer be good.");
    expect(f?.kind).not.toBe("paraphrase");
  });
});
