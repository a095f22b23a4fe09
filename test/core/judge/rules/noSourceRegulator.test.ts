import { NURSERY_LETTER } from "../../../fixtures/nurseryLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("no-source-regulator", {
  letter: NURSERY_LETTER,
  valid: [
    "The nursery has a garden with a pond for the children.",
    "Inspectors found the nursery keeps children safe.",
    // Only that the report agrees with others: no finding to look for in the letter.
    "The inspection report confirms what grandparents have been telling the nursery for years.",
    "Ofsted's report says what local childminders have long known.",
  ],
  invalid: [
    {
      press: "Ofsted said the nursery has an outstanding garden with a pond for the children.",
      kind: "unsupported",
      reason: /no passage that says it/,
    },
    {
      press: "Ofsted confirmed that the nursery runs a forest school on Fridays for all its children.",
      kind: "unsupported",
    },
  ],
});
