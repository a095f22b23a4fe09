import { NURSERY_LETTER } from "../../../fixtures/nurseryLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("press-heading", {
  letter: NURSERY_LETTER,
  valid: [
    "Inspectors found the nursery keeps children safe.",
    "Nursery rated good by inspectors",
    "Nursery told to finish safeguarding training",
  ],
  invalid: [
    { press: "Statement from the Little Acorns Nursery Trust", kind: "not-checked" },
    { press: "Mr Oduya, Nursery Manager", kind: "not-checked" },
  ],
});
