import { NURSERY_LETTER } from "../../../fixtures/nurseryLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("overstated-hedge", {
  letter: NURSERY_LETTER,
  valid: [
    "Inspectors found the nursery keeps children safe.",
    "Not all staff have completed their safeguarding training, the report said.",
  ],
  invalid: [
    {
      press: "All staff have completed safeguarding training, the report said.",
      kind: "overstated",
      reason: /Not all/,
    },
    {
      press: "Leaders have improved the curriculum, inspectors found.",
      kind: "overstated",
      reason: /begun to/,
    },
  ],
});
