import { type ClaimRule, notAClaimLine } from "./rule.js";

/**
 * The publisher thanking people: "I would like to thank every carer and volunteer for their patience", "We
 * would like to thank everyone who spoke to inspectors", "Thank you to every family", "I am grateful
 * to our partners". Releases, newsletters and statements close this way; the sentence names the people
 * a letter also names (staff, families, partners) but claims nothing about the letter, and judged as a
 * restatement it was read against the letter's criticism of them. "Thanks to the new team, waits have
 * fallen" is a claim (a cause), so only a sentence that opens by thanking counts.
 */
const THANKS =
  /^\s*(?:(?:I|we)\s+(?:(?:want|would like|wish|would also like|also want)\s+to\s+|also\s+)?thank\b|(?:I|we)\s+(?:am|are)\s+(?:very\s+|so\s+|extremely\s+)?grateful\s+to\b|thank\s+you\b|(?:a\s+)?(?:big|huge|special|heartfelt)\s+thanks?\s+to\b|many\s+thanks\b)/i;

export function isGratitude(text: string): boolean {
  return THANKS.test(text);
}

export const gratitude: ClaimRule = {
  id: "gratitude",
  describe: "the publisher thanking people: not a claim",
  applies: (a) =>
    isGratitude(a.sentence.text)
      ? notAClaimLine("gratitude", "the publisher thanks people: not a claim")
      : [],
};
