import { NURSERY_LETTER } from "../../../fixtures/nurseryLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("dateline", {
  letter: NURSERY_LETTER,
  valid: [
    "Inspectors visited the nursery on 3 March 2026 and found it keeps children safe.",
    "The nursery was inspected in March 2026.",
    "Published by the nursery trust",
  ],
  invalid: [
    { press: "Thursday 14 May 2026", kind: "not-checked" },
    { press: "Published 17 June 2026", kind: "not-checked" },
    { press: "Posted on Monday 3rd March 2025 at 10.30am", kind: "not-checked" },
  ],
});
