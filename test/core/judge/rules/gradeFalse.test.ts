import { CARE_HOME_LETTER } from "../../../fixtures/careHomeLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("grade-false", {
  letter: CARE_HOME_LETTER,
  valid: ["The home was rated requires improvement.", "The home has a strong team of carers."],
  invalid: [{ press: "The care home was rated good overall.", kind: "unsupported", reason: /not good/ }],
});
