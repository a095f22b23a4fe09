import { describe, expect, it } from "vitest";
import { judgeGradeSummary } from "../../../../src/core/judge/gradeSummary.js";
import { findingsOf } from "../../../fixtures/judgeAgainst.js";
import { letterContext } from "../../../fixtures/letterContext.js";

// An invented inspection of an ambulance trust's control rooms, graded area by area on a five-point
// scale with no overall line (as HMICFRS grades police forces and fire and rescue services).
const TABLE = [
  "Answering calls\tGood",
  "Dispatching crews\tAdequate",
  "Making best use of staff\tAdequate",
  "Using data\tRequires improvement",
  "Working with hospitals\tInadequate",
].join("\n");
const LETTER = [
  "An inspection of Northfold Ambulance Control",
  "Our judgments",
  TABLE,
  "The control room answers most calls quickly. Crews are not always dispatched to the right place.",
  "We judged the service adequate in two of the five graded areas.",
].join("\n\n");

describe("counts of grades against a table with no overall line", () => {
  const ctx = letterContext(LETTER);

  it("reads a true count of grades joined by 'or'", () => {
    const s = judgeGradeSummary(
      ctx,
      "Northfold was graded good or adequate in three of the five graded areas.",
    );
    expect(s?.kind).toBe("paraphrase");
    expect(s?.letter.map((l) => l.text).join(" | ")).toMatch(/Answering calls/);
  });

  it("reads a wrong count as unsupported", () => {
    const s = judgeGradeSummary(
      ctx,
      "Northfold was graded good or adequate in four of the five areas inspected.",
    );
    expect(s?.kind).toBe("unsupported");
  });

  it("reads a count of one grade", () => {
    expect(judgeGradeSummary(ctx, "It was rated adequate in two of the five areas.")?.kind).toBe(
      "paraphrase",
    );
    expect(judgeGradeSummary(ctx, "It was rated adequate in three of the five areas.")?.kind).toBe(
      "unsupported",
    );
  });

  it("leaves a grade without a count to the area rules", () => {
    expect(judgeGradeSummary(ctx, "The service was rated good for answering calls.")).toBeUndefined();
  });

  it("makes the count a claim the press makes, not the publisher's own words", () => {
    const [f] = findingsOf(
      LETTER,
      "Northfold was graded good or adequate in three of the five graded areas.",
    );
    expect(f?.kind).toBe("paraphrase");
  });

  it("needs a table: two graded lines in prose are none", () => {
    const PROSE = [
      "Dear Chief Executive",
      "Answering calls\tGood",
      "The control room answers most calls quickly.",
      "Working with hospitals\tInadequate",
      "Crews are not always dispatched to the right place.",
      "Dispatching crews\tAdequate",
    ].join("\n\n");
    expect(
      judgeGradeSummary(letterContext(PROSE), "It was rated good in one of the two areas."),
    ).toBeUndefined();
  });
});
