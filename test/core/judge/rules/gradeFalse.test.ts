import { CARE_HOME_LETTER } from "../../../fixtures/careHomeLetter.js";
import { ruleTester } from "../../../fixtures/ruleTester.js";

ruleTester("grade-false", {
  letter: CARE_HOME_LETTER,
  valid: ["The home was rated requires improvement.", "The home has a strong team of carers."],
  invalid: [{ press: "The care home was rated good overall.", kind: "unsupported", reason: /not good/ }],
});

// A letter of an ungraded kind (a follow-up of a library service) that uses "good" only as a plain
// adjective: it gives no grade, so a grade claimed for an area or for this visit is unsupported.
const UNGRADED_FOLLOW_UP =
  "Follow-up visit to Dunmere Library Service\n\nThis visit checked the progress made since our review in 2025. Follow-up visits do not result in a grade.\n\nThe service has made good progress in opening hours. Staff show good knowledge of the local archive. However, the mobile library still visits too few villages.";

ruleTester("grade-false", {
  letter: UNGRADED_FOLLOW_UP,
  valid: [
    "The library service has made good progress, the visit found.",
    "The service was rated good in 2023.",
  ],
  invalid: [
    {
      press: "The library service was judged good at this visit.",
      kind: "unsupported",
      reason: /grades nothing/,
    },
  ],
});
