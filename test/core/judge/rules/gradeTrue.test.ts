import { CARE_HOME_LETTER } from "../../../fixtures/careHomeLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("grade-true", {
  letter: CARE_HOME_LETTER,
  valid: ["The home was rated requires improvement.", "The care home was rated good overall."],
  invalid: [
    {
      press:
        "The home, rated requires improvement, is run by a family firm that bought it after years of losses.",
      kind: "paraphrase",
    },
  ],
});
