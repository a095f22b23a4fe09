import { describe, expect, it } from "vitest";
import { isGratitude } from "../../../../src/core/judge/rules/gratitude.js";
import { CARE_HOME_LETTER } from "../../../fixtures/careHomeLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("gratitude", {
  letter: CARE_HOME_LETTER,
  valid: [
    "Thanks to the new manager, staff now record fluid intake consistently.",
    "Residents thanked the carers for the choice of meals, inspectors found.",
  ],
  invalid: [
    {
      press: "I want to thank our carers and residents for all their support with record keeping.",
      kind: "not-checked",
    },
    { press: "We would like to thank every resident who spoke to the inspectors.", kind: "not-checked" },
    { press: "Thank you to all our staff for their hard work.", kind: "not-checked" },
  ],
});

describe("isGratitude", () => {
  it.each([
    "I am very grateful to our partners in health.",
    "Huge thanks to our volunteers.",
    "We also thank the governors.",
  ])("reads %j as thanks", (s) => expect(isGratitude(s)).toBe(true));

  it.each(["Thanks to careful planning, waits fell.", "The council thanked inspectors for their report."])(
    "reads %j as no thanks of the publisher's",
    (s) => expect(isGratitude(s)).toBe(false),
  );
});
