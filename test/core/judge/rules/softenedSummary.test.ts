import { describe, expect, it } from "vitest";
import { findingsOf } from "../../../fixtures/judgeAgainst.js";

const OBLIGED = [
  "Dear Ms Carter",
  "The fostering service's arrangements are not yet effective enough. The service must work with its partners to make improvements.",
  "Carers told inspectors that they value the training they receive. Placement reviews are too often late, and some children wait months for a therapy assessment.",
  "Yours sincerely",
].join("\n\n");

const FAIR = [
  "Dear Mr Patel",
  "The library service continues to be effective. Staff know their communities well and the outreach programme is popular.",
  "Areas for improvement: leaders should widen the range of languages in which the catalogue is offered.",
  "Yours sincerely",
].join("\n\n");

describe("a softened summary of a letter's required improvements", () => {
  it("restates an outcome that obliges improvement as 'some areas', flagged understated", () => {
    const [f] = findingsOf(
      OBLIGED,
      "Inspectors identified some areas for development, including the timeliness of placement reviews.",
    );
    expect(f?.kind).toBe("paraphrase");
    expect(f?.rules).toContain("softened-summary");
    expect(f?.flags).toContain("understated");
    expect(f?.letter[0]?.text).toMatch(/must work with its partners to make improvements/);
  });

  it("leaves the phrase alone when the letter's outcome obliges nothing", () => {
    const [f] = findingsOf(
      FAIR,
      "Inspectors identified a few areas where the service could develop further.",
    );
    expect(f?.flags ?? []).not.toContain("understated");
  });
});

describe("an inadequate judgement summed up as 'some areas'", () => {
  const LETTER = [
    "Dear Chief Fire Officer",
    "The service is good at preventing fires. The service is inadequate at protecting the public through fire regulation.",
    "Yours sincerely",
  ].join("\n\n");

  it("flags the summary understated", () => {
    const [f] = findingsOf(
      LETTER,
      "Inspectors highlighted a few areas where the service can improve, including fire regulation.",
    );
    expect(f?.flags).toContain("understated");
  });

  it("does not take a past judgement for the outcome", () => {
    const PAST = [
      "Dear Chief Fire Officer",
      "Since the service was previously judged inadequate, leaders have rebuilt the protection team. The service is now good at protecting the public.",
      "Yours sincerely",
    ].join("\n\n");
    const [f] = findingsOf(
      PAST,
      "Inspectors highlighted a few areas where the service can improve, including fire regulation.",
    );
    expect(f?.flags ?? []).not.toContain("understated");
  });
});

describe("a summary softening a grade at the foot of the scale in a grades table", () => {
  const SIX_POINT = [
    "Dear Parent/Carer",
    "Children are kind to one another. Raise attainment in spelling and handwriting across the school.",
    "Quality indicators",
    "Leadership of change\tgood",
    "Raising attainment and achievement\tweak",
    "Yours sincerely",
  ].join("\n\n");

  it("flags 'some areas where we can develop' against a weak grade, with the named topic as a source", () => {
    const [f] = findingsOf(
      SIX_POINT,
      "Inspectors said there were some areas where staff can develop, including spelling and handwriting.",
    );
    expect(f?.kind).toBe("paraphrase");
    expect(f?.rules).toContain("softened-summary");
    expect(f?.flags).toContain("understated");
    expect(f?.letter.map((l) => l.text).join(" | ")).toMatch(/weak/);
    expect(f?.letter.map((l) => l.text).join(" | ")).toMatch(/spelling and handwriting/);
  });

  it("leaves it alone when the lowest grade given is fair to call an area for development", () => {
    const FAIR_TABLE = SIX_POINT.replace("achievement\tweak", "achievement\tsatisfactory");
    const [f] = findingsOf(
      FAIR_TABLE,
      "Inspectors said there were some areas where staff can develop, including spelling and handwriting.",
    );
    expect(f?.flags ?? []).not.toContain("understated");
  });
});
