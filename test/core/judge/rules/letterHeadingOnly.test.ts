import { ruleTester } from "../../../fixtures/ruleTester.js";

/** An invented follow-up letter with a title, a date line and an addressee above its first paragraph. */
const LETTER = [
  "Follow-up visit to Dunmere Library Service",
  "3 March 2026",
  "Dear Ms Grey",
  "We visited the library service to follow up the concerns we raised last year. The mobile library still visits too few villages. Opening hours have been extended in the two largest branches.",
  "Yours sincerely",
].join("\n\n");

ruleTester("letter-heading-only", {
  letter: LETTER,
  valid: [
    // A statement of fact (a full stop) is checked against the date line like any claim.
    "Inspectors made a follow-up visit to Dunmere Library Service on 3 March 2026.",
    // A finding of the letter's paragraphs.
    "The mobile library still visits too few villages",
  ],
  invalid: [{ press: "Dunmere library service follow-up visit: what inspectors found", kind: "not-checked" }],
});
