import { NURSERY_LETTER } from "../../../fixtures/nurseryLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("misattributed", {
  letter: NURSERY_LETTER,
  valid: ['Inspectors said the nursery "keeps children safe".'],
  invalid: [{ press: 'The report said meals "are made fresh every morning".', flag: "misattributed" }],
});
