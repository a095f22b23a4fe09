import { CARE_HOME_LETTER } from "../../../fixtures/careHomeLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("quote-ellipsis-cut", {
  letter: CARE_HOME_LETTER,
  valid: ['Inspectors said staff "do not consistently record fluid intake".'],
  invalid: [
    {
      press: 'Inspectors said staff do "not … record fluid intake".',
      kind: "quote-altered",
      reason: /ellipsis/,
    },
  ],
});
