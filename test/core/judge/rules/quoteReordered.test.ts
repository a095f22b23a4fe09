import { NURSERY_LETTER } from "../../../fixtures/nurseryLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("quote-reordered", {
  letter: NURSERY_LETTER,
  valid: ['Inspectors said staff are "friendly and approachable".'],
  invalid: [
    {
      press: 'Inspectors said staff are "approachable and friendly".',
      kind: "quote-altered",
      reason: /another order/,
    },
  ],
});
