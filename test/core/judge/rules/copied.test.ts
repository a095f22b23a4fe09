import { CARE_HOME_LETTER } from "../../../fixtures/careHomeLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("copied", {
  letter: CARE_HOME_LETTER,
  valid: ["Carers at the home form a strong team, inspectors said."],
  invalid: [{ press: "The home has a strong team of carers.", kind: "copied" }],
});

// A survey letter: the press keeps its words and gives the figure as a fraction (a restatement), or
// keeps the figure too (a copy).
ruleTester("copied", {
  letter:
    "Repairs service review\n\nIn the landlord's own survey, 62 percent of tenants said they were happy with how repairs were handled. Most repairs were completed on time.",
  valid: ["Nearly two thirds of tenants said they were happy with how repairs were handled."],
  invalid: [
    { press: "62 percent of tenants said they were happy with how repairs were handled.", kind: "copied" },
  ],
});
