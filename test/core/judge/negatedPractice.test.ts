/** Meetings and information that should have happened, stated as not done (invented sentences). */
import { describe, expect, it } from "vitest";
import { negatedPractice } from "../../../src/core/judge/negatedPractice.js";
import { polarityOf } from "../../../src/core/judge/polarity.js";
import { sentence } from "../../fixtures/bodySentence.js";

describe("negatedPractice: meetings and information not convened, shared or offered", () => {
  it("finds a meeting not convened, information not shared and a service not offered", () => {
    expect(negatedPractice("In three cases, review meetings were not convened after the move.")).toBe(
      "not convened",
    );
    expect(negatedPractice("Health visitors' notes are not routinely shared with the nursery.")).toMatch(
      /^not routinely shared/,
    );
    expect(negatedPractice("Carers are not offered a break when they ask for one.")).toBe("not offered");
  });
  it("leaves alone a negation that reports no problem", () => {
    expect(negatedPractice("Meetings were convened promptly and information was shared.")).toBeUndefined();
  });
});

describe("an unfavourable comparison is criticism", () => {
  it("reads 'weaker than' and 'poorer than' as critical", () => {
    expect(polarityOf(sentence("Support for young carers is weaker than support for other children."))).toBe(
      "critical",
    );
    expect(polarityOf(sentence("Attendance at the evening clinic was poorer than at the day clinic."))).toBe(
      "critical",
    );
  });
});
