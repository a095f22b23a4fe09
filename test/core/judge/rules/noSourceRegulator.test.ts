import { NURSERY_LETTER } from "../../../fixtures/nurseryLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("no-source-regulator", {
  letter: NURSERY_LETTER,
  valid: [
    "The nursery has a garden with a pond for the children.",
    "Inspectors found the nursery keeps children safe.",
  ],
  invalid: [
    {
      press: "Ofsted said the nursery has an outstanding garden with a pond for the children.",
      kind: "unsupported",
      reason: /no passage that says it/,
    },
  ],
});
