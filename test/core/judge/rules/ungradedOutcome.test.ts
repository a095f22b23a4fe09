import { describe, expect, it } from "vitest";
import { findingsOf } from "../../../fixtures/judgeAgainst.js";

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
    expect(f?.rules).toContain("ungraded-outcome");
    expect(f?.letter[0]?.text).toContain("might not be judged outstanding");
  });

  it("calls a restatement without the hedge overstated", () => {
    const [f] = findingsOf(LETTER, "Ofsted said Brookholme Infant School is no longer outstanding.");
    expect(f?.kind).toBe("overstated");
    expect(f?.rules).toContain("ungraded-outcome");
  });

  it("ties the consequence to the letter's next-inspection sentence", () => {
    const [f] = findingsOf(LETTER, "The school will now face a full inspection, the watchdog said.");
    expect(f?.kind).toBe("paraphrase");
    expect(f?.rules).toContain("ungraded-outcome");
    expect(f?.letter[0]?.text).toContain("next inspection will be a graded inspection");
  });

  it("does not tie a different grade to the warning", () => {
    const [f] = findingsOf(LETTER, "Ofsted said the school may no longer be good.");
    expect(f?.kind).not.toBe("paraphrase");
  });
});

describe("an ungraded inspection that finds the school may be better than its grade", () => {
  const LETTER = [
    "Dear Ms Varga",
    "Ungraded inspection of Kestrel Fields Primary School",
    "Pupils write with flair and read widely.",
    "The evidence suggests that the school may be judged outstanding if a graded (section 5) inspection were carried out now.",
    "Your next inspection will be a graded (section 5) inspection.",
    "Yours sincerely",
  ].join("\n\n");

  it("ties 'could be rated outstanding' to it", () => {
    const [f] = findingsOf(LETTER, "Ofsted said Kestrel Fields could be rated outstanding.");
    expect(f?.kind).toBe("paraphrase");
    expect(f?.rules).toContain("ungraded-outcome");
  });

  it("calls 'has been rated outstanding' overstated", () => {
    const [f] = findingsOf(LETTER, "Ofsted said Kestrel Fields has been rated outstanding.");
    expect(f?.kind).toBe("overstated");
    expect(f?.rules).toContain("ungraded-outcome");
    expect(f?.letter[0]?.text).toContain("may be judged outstanding");
  });

  it("reads the parenthesised section number in the next-inspection sentence", () => {
    const [f] = findingsOf(LETTER, "The school will receive a full inspection, the report said.");
    expect(f?.kind).toBe("paraphrase");
    expect(f?.rules).toContain("ungraded-outcome");
  });
});

describe("praise of one subject is no grade", () => {
  it("leaves 'writing is outstanding' to the other rules", () => {
    const letter = [
      "Dear Ms Varga",
      "Ungraded inspection of Kestrel Fields Primary School",
      "Pupils write with flair and read widely.",
      "The evidence suggests that the school may be judged outstanding if a graded inspection were carried out now.",
      "Yours sincerely",
    ].join("\n\n");
    const [f] = findingsOf(letter, "Inspectors said pupils' writing is outstanding.");
    expect(f?.letter[0]?.text ?? "").not.toContain("may be judged outstanding");
  });
});
