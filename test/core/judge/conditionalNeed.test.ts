/** "Needed" that names what people need, not a shortfall (invented sentences). */
import { describe, expect, it } from "vitest";
import { withoutConditionalNeed } from "../../../src/core/judge/conditionalNeed.js";
import { polarityOf } from "../../../src/core/judge/polarity.js";
import { sentence } from "../../fixtures/bodySentence.js";

describe("withoutConditionalNeed", () => {
  it("blanks the need of people, keeping offsets", () => {
    const text = "Most tenants received the support they needed from the housing team.";
    const out = withoutConditionalNeed(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toMatch(/needed/);
    expect(withoutConditionalNeed("Families get the advice that families need quickly.")).not.toMatch(/need/);
  });
  it("keeps a need that is a shortfall", () => {
    expect(withoutConditionalNeed("Further improvement is needed in the kitchen.")).toMatch(/needed/);
  });
});

describe("polarity with the need of people", () => {
  it("reads getting the services people needed as no criticism", () => {
    expect(
      polarityOf(sentence("Most learners were able to access the services they needed at the college.")),
    ).not.toBe("critical");
  });
});
