import { readFileSync } from "node:fs";
import { ruleTester } from "../../../fixtures/ruleTester.js";

// An invented ILACS report (test/fixtures/invented): its judgement table gives "Requires improvement to be good".
const LETTER = readFileSync("test/fixtures/invented/08-ofsted-ilacs-inspection/letter.txt", "utf8");

ruleTester("quoted-grade", {
  letter: LETTER,
  valid: [
    "Overall, the council's children's services were judged \"outstanding in every respect\" by inspectors.",
  ],
  invalid: [
    {
      press:
        "Overall, the council's children's services were judged to \"require improvement to be good\", the same grade as in 2021.",
      kind: "quote-exact",
    },
  ],
});
