import { NURSERY_LETTER } from "../../../fixtures/nurseryLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("quote-exact", {
  letter: NURSERY_LETTER,
  valid: [
    'Inspectors said the nursery "keeps [the] children safe".',
    'Inspectors said staff are "approachable and friendly".',
  ],
  invalid: [{ press: 'Inspectors said the nursery "keeps children safe".', kind: "quote-exact" }],
});
