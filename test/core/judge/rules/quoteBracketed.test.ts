import { NURSERY_LETTER } from "../../../fixtures/nurseryLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("quote-bracketed", {
  letter: NURSERY_LETTER,
  valid: ['Inspectors said the nursery "keeps children safe".'],
  invalid: [
    {
      press: 'Inspectors said the nursery "keeps [the] children safe".',
      kind: "quote-altered",
      reason: /square brackets/,
    },
  ],
});
