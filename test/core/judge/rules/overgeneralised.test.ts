import { NURSERY_LETTER } from "../../../fixtures/nurseryLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("overgeneralised", {
  letter: NURSERY_LETTER,
  valid: [
    'Inspectors said the nursery "keeps children safe".',
    'Most parents told inspectors staff are "friendly and approachable".',
  ],
  invalid: [{ press: 'Inspectors said staff are "friendly and approachable".', flag: "overgeneralised" }],
});
