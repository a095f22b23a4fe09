import { CARE_HOME_LETTER } from "../../../fixtures/careHomeLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("selective-caveat", {
  letter: CARE_HOME_LETTER,
  valid: [
    "Medicines are stored securely, but staff have not yet completed competency checks, inspectors found.",
  ],
  invalid: [
    {
      press: "Medicines are stored securely, inspectors found.",
      flag: "selective",
      reason: /not yet completed/,
    },
  ],
});
