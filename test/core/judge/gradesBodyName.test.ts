import { describe, expect, it } from "vitest";
import { findingsOf } from "../../fixtures/judgeAgainst.js";

// Invented letters: an ungraded visit that keeps the grade, one that warns, and a graded report.
const KEEPS = [
  "Dear Mr Okoro",
  "Ungraded inspection of Thistlebank Primary School",
  "This was the first ungraded inspection since we judged the school to be good in June 2017.",
  "This school continues to be good.",
  "Pupils look after the allotment and sell what they grow.",
  "Yours sincerely",
].join("\n\n");
const WARNS = [
  "Dear Mr Okoro",
  "Ungraded inspection of Thistlebank Primary School",
  "This was the first ungraded inspection since we judged the school to be good in June 2017.",
  "The evidence suggests that the school may not be judged good if a graded inspection were carried out now.",
  "Pupils look after the allotment and sell what they grow.",
  "Yours sincerely",
].join("\n\n");

describe("the inspected body under its own name", () => {
  it("reads 'Thistlebank Primary remains good' as the overall grade", () => {
    const [f] = findingsOf(KEEPS, "Thistlebank Primary remains good, Ofsted has confirmed.");
    expect(f?.kind).toBe("paraphrase");
    expect(f?.letter[0]?.text).toBe("This school continues to be good.");
  });

  it("does not take a capitalised word at a sentence's start for the body", () => {
    const letter = [
      "Inspection of Wrenfold Academy",
      "Overall effectiveness Good",
      "Reading is taught well from the first week of Reception.",
    ].join("\n\n");
    const [f] = findingsOf(letter, "Reading was rated outstanding by Ofsted.");
    expect(f?.letter.map((l) => l.text) ?? []).not.toContain("Overall effectiveness Good");
  });
});

describe("'since we judged the school to be good' is the earlier judgement", () => {
  it("does not support a claim that the school remains good when the letter warns", () => {
    const [f] = findingsOf(WARNS, "Thistlebank Primary remains good, Ofsted has confirmed.");
    expect(f?.kind).toBe("unsupported");
  });

  it("supports the earlier grade reported as earlier", () => {
    const [f] = findingsOf(
      WARNS,
      "Thistlebank Primary was rated good in 2017, and inspectors said pupils sell what they grow.",
    );
    expect(f?.kind).toBe("paraphrase");
  });
});
