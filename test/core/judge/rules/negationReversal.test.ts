import { CARE_HOME_LETTER } from "../../../fixtures/careHomeLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("negation-reversal", {
  letter: CARE_HOME_LETTER,
  valid: ["Residents are not always offered a choice of meals, the report found."],
  invalid: [
    {
      press: "Residents are always offered a choice of meals, the report found.",
      kind: "overstated",
      reason: /reverses the letter/,
    },
  ],
});
