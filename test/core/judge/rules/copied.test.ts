import { CARE_HOME_LETTER } from "../../../fixtures/careHomeLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("copied", {
  letter: CARE_HOME_LETTER,
  valid: ["Carers at the home form a strong team, inspectors said."],
  invalid: [{ press: "The home has a strong team of carers.", kind: "copied" }],
});
