import { CARE_HOME_LETTER } from "../../../fixtures/careHomeLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("understated", {
  letter: CARE_HOME_LETTER,
  valid: ["Several issues with record keeping hampered the review of care plans, inspectors found."],
  invalid: [
    {
      press: "A few hindrances with record keeping affected the review of care plans, inspectors found.",
      kind: "paraphrase",
      flag: "understated",
    },
  ],
});
