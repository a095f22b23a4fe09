import { CARE_HOME_LETTER } from "../../../fixtures/careHomeLetter.js";
import { CLINIC_LETTER } from "../../../fixtures/clinicLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("grade-summary", {
  letter: CARE_HOME_LETTER,
  valid: ["The home has a strong team of carers."],
  invalid: [
    { press: "The care home was rated good overall.", kind: "unsupported" },
    { press: "The home was rated requires improvement.", kind: "paraphrase" },
  ],
});

// A table that opens with its overall line, its key questions after it; grades joined by "or" counted together.
ruleTester("grade-summary", {
  letter: CLINIC_LETTER,
  valid: ["Leaders were visible and approachable, the report said."],
  invalid: [
    {
      press: "The clinic was rated good or outstanding in three of the five key questions.",
      kind: "paraphrase",
    },
    { press: "The clinic was rated good in two of the five key questions.", kind: "paraphrase" },
    { press: "The clinic was rated good in four of the five key questions.", kind: "unsupported" },
  ],
});
