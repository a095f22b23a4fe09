import { NURSERY_LETTER } from "../../../fixtures/nurseryLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("site-furniture", {
  letter: NURSERY_LETTER,
  valid: ["Inspectors found the nursery keeps children safe."],
  invalid: [{ press: "Share this article on Facebook", kind: "not-checked" }],
});
