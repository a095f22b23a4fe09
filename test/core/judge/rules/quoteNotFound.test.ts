import { NURSERY_LETTER } from "../../../fixtures/nurseryLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("quote-not-found", {
  letter: NURSERY_LETTER,
  valid: ['Inspectors said the nursery "keeps children safe".'],
  invalid: [
    { press: 'Inspectors said the nursery "runs a forest school every Friday".', kind: "quote-not-found" },
  ],
});
