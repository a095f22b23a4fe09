import { ruleTester } from "../../../fixtures/ruleTester.js";

const LETTER = [
  "Dear Mrs Crane",
  "Pupils are polite and keen to learn. Leaders have not yet ensured that the curriculum is well planned in every subject.",
  "Yours sincerely",
].join("\n\n");

ruleTester("different-document", {
  letter: LETTER,
  valid: ['Inspectors said pupils are "polite and keen to learn".'],
  invalid: [
    {
      press:
        'Following the sixth monitoring visit, inspectors said the school had made "strong and sustained progress in every area". The report added that "governors hold leaders firmly to account".',
      kind: "quote-not-found",
      reason: /another document/,
    },
  ],
});
