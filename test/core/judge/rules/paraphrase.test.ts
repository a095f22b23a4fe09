import { NURSERY_LETTER } from "../../../fixtures/nurseryLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("paraphrase", {
  letter: NURSERY_LETTER,
  valid: [
    "It is a lovely place for families in the town.",
    "All staff have completed safeguarding training, the report said.",
  ],
  invalid: [{ press: "Inspectors found the nursery keeps children safe.", kind: "paraphrase" }],
});
