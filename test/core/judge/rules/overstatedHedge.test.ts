import { CLINIC_LETTER } from "../../../fixtures/clinicLetter.js";
import { NURSERY_LETTER } from "../../../fixtures/nurseryLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("overstated-hedge", {
  letter: NURSERY_LETTER,
  valid: [
    "Inspectors found the nursery keeps children safe.",
    "Not all staff have completed their safeguarding training, the report said.",
  ],
  invalid: [
    {
      press: "All staff have completed safeguarding training, the report said.",
      kind: "overstated",
      reason: /Not all/,
    },
    {
      press: "Leaders have improved the curriculum, inspectors found.",
      kind: "overstated",
      reason: /begun to/,
    },
  ],
});

// A hedge limits its own clause: restating the other clause of the sentence drops nothing; a limit
// of the same kind in other words ("not consistently" for "not always") keeps it; a grade the table
// confirms is no superlative.
ruleTester("overstated-hedge", {
  letter: CLINIC_LETTER,
  valid: [
    "On one occasion a swab count was not recorded at the clinic, the report said.",
    "Patients described a welcoming atmosphere at the clinic, the report said.",
    "Staff did not consistently complete the safety checklist before surgery, inspectors found.",
    "The regulator has rated the Westbury Day Surgery Clinic outstanding for being caring.",
  ],
  invalid: [
    {
      press: "Staff did not complete the safety checklist before surgery, inspectors found.",
      kind: "overstated",
      reason: /not always/,
    },
  ],
});
