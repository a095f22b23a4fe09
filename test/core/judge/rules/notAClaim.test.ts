import { NURSERY_LETTER } from "../../../fixtures/nurseryLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("not-a-claim", {
  letter: NURSERY_LETTER,
  valid: ["Inspectors found the nursery keeps children safe."],
  invalid: [
    { press: "It is a lovely place for families in the town.", kind: "not-checked", reason: /own words/ },
    { press: "Nursery news", kind: "not-checked", reason: /too short/ },
  ],
});
