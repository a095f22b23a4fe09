import { CARE_HOME_LETTER } from "../../../fixtures/careHomeLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("grade-only", {
  letter: CARE_HOME_LETTER,
  valid: [
    "The home has a strong team of carers.",
    "The home, rated requires improvement, is run by a family firm that bought it after years of losses.",
  ],
  invalid: [{ press: "The home was rated requires improvement.", kind: "paraphrase" }],
});
