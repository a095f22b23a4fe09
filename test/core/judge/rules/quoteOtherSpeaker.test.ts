import { NURSERY_LETTER } from "../../../fixtures/nurseryLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("quote-other-speaker", {
  letter: NURSERY_LETTER,
  valid: ['Inspectors said the nursery "keeps children safe".'],
  invalid: [
    {
      press: 'The council leader said the report was "a real credit to everyone involved".',
      kind: "not-checked",
    },
  ],
});
