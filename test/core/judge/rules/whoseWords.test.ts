import { CARE_HOME_LETTER } from "../../../fixtures/careHomeLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("whose-words", {
  letter: CARE_HOME_LETTER,
  valid: ['Inspectors said staff "do not consistently record fluid intake".'],
  invalid: [
    {
      press: 'A CQC spokesperson said: "We are pleased to see the home working hard on its record keeping."',
      kind: "not-checked",
      reason: /press statement/,
    },
  ],
});
