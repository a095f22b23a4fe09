import { NURSERY_LETTER } from "../../../fixtures/nurseryLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("number-mismatch", {
  letter: NURSERY_LETTER,
  valid: ["Just over a third of referrals were screened within a day, the report found."],
  invalid: [
    {
      press: "More than half of referrals were screened within a day, the report found.",
      kind: "overstated",
      reason: /More than half/,
    },
  ],
});
