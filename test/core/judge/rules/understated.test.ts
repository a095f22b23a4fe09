import { describe, expect, it } from "vitest";
import { softShortfall } from "../../../../src/core/judge/understated.js";
import { CARE_HOME_LETTER } from "../../../fixtures/careHomeLetter.js";
import { findingsOf } from "../../../fixtures/judgeAgainst.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("understated", {
  letter: CARE_HOME_LETTER,
  valid: [
    "Several issues with record keeping hampered the review of care plans, inspectors found.",
    // a softener that shrinks no shortfall: "some" qualifies praise, not criticism
    "Inspectors found some good work on record keeping, though issues hampered the review of care plans.",
  ],
  invalid: [
    {
      press: "A few hindrances with record keeping affected the review of care plans, inspectors found.",
      kind: "paraphrase",
      flag: "understated",
    },
    {
      press: "Inspectors found some minor issues with record keeping in the review of care plans.",
      flag: "understated",
    },
  ],
});

describe("the understated flag on a restatement of a finding 'not good enough'", () => {
  const LETTER = [
    "Dear Headteacher",
    "Pupils are safe and behave well in lessons. The school's teaching of early reading in Year 2 is not good enough. Too few pupils in Year 3 choose books for pleasure.",
    "Yours sincerely",
  ].join("\n\n");

  it("flags 'some minor issues' with the teaching of reading", () => {
    const [f] = findingsOf(
      LETTER,
      "Inspectors said there were some minor issues with the school's teaching of early reading in Year 2.",
    );
    expect(f?.flags).toContain("understated");
  });

  it("leaves a faithful restatement alone", () => {
    const [f] = findingsOf(
      LETTER,
      "Inspectors said the school's teaching of early reading in Year 2 is not good enough.",
    );
    expect(f?.flags ?? []).not.toContain("understated");
  });
});

describe("softShortfall: the press's words that make shortfalls small", () => {
  it.each([
    ["some areas for development", "The visit found some areas for development in the kitchen."],
    ["a few minor issues", "Carers reported a few minor issues with the rota."],
    ["a small number of staffing problems", "A small number of staffing problems were raised."],
    ["occasional lapses", "Inspectors noted occasional lapses in recording."],
    ["room for improvement", "There is room for improvement in the kitchen."],
  ])("finds %j", (soft, text) => expect(softShortfall(text)?.toLowerCase()).toBe(soft));

  it.each([
    "Inspectors found some good work on resettlement.",
    "Practice is strong in some areas of the county.",
    "A few families said they felt listened to.",
  ])("finds nothing in %j", (text) => expect(softShortfall(text)).toBeUndefined());
});
