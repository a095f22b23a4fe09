import { describe, expect, it } from "vitest";
import { alignByTerms } from "../../../src/core/align/anchorTerms.js";
import { buildLetterIndex } from "../../../src/core/align/letterIndex.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";
import { findingsOf } from "../../fixtures/judgeAgainst.js";

const LETTER = `Dear Mr Okafor

Leaders have opened a 'step-down' unit, staffed by nurses and therapists, for patients aged over 70. It is intended to shorten stays on acute wards for older people. Discharge planning remains too slow.

Yours sincerely`;

describe("quoted terms anchor a restatement to the letter's passage", () => {
  it("reads a description of the letter's quoted term, in other words, as a paraphrase", () => {
    const [f] = findingsOf(
      LETTER,
      "Inspectors welcomed the new ‘step-down’ unit, which is designed to help older patients leave acute wards sooner.",
    );
    expect(f?.kind).toBe("paraphrase");
    expect(f?.letter[0]?.text).toMatch(/step-down/);
  });

  it("still catches a dropped hedge in an anchored restatement", () => {
    const [f] = findingsOf(
      LETTER,
      "Inspectors said the ‘step-down’ unit has shortened stays on acute wards for older people.",
    );
    expect(f?.kind).toBe("overstated");
    expect(f?.reason).toMatch(/intended to/);
  });

  it("does not anchor on a term the letter never uses", () => {
    const [f] = findingsOf(
      LETTER,
      "Inspectors praised the ‘hospital-at-home’ team for cutting readmissions by half.",
    );
    expect(f?.kind).toBe("unsupported");
  });
});

describe("alignByTerms", () => {
  const sentences = segmentSentences(LETTER);
  const index = buildLetterIndex(LETTER, sentences);
  const press =
    "Inspectors welcomed the new ‘step-down’ unit, which is designed to help older patients leave acute wards sooner.";
  const none = { sources: [], coverage: { weighted: 0, shared: 0, matchedInSource: new Map() } };
  const ignore = () => false;

  it("weighs a term quoted many times (or in other case) as it weighs it once", () => {
    const once = alignByTerms(index, press, ["step-down"], none, ignore);
    expect(once?.sources).toHaveLength(1);
    const many = alignByTerms(
      index,
      press,
      [...Array(200).fill("step-down"), "Step-Down", "unknown term"],
      none,
      ignore,
    );
    expect(many).toEqual(once);
  });

  it("finds no anchor for a term the letter lacks, or an empty one", () => {
    expect(alignByTerms(index, press, ["hospital-at-home", ""], none, ignore)).toBeUndefined();
  });
});
