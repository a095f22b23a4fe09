import { describe, expect, it } from "vitest";
import { buildLetterIndex } from "../../src/core/align/letterIndex.js";
import { matchQuote } from "../../src/core/align/matchQuote.js";
import { segmentSentences } from "../../src/core/segment/sentences.js";
import { CQC_LETTER } from "../fixtures/cqcLetter.js";

const index = buildLetterIndex(CQC_LETTER, segmentSentences(CQC_LETTER));
const match = (quoted: string) => matchQuote(index, quoted, 0, quoted.length);

describe("matchQuote", () => {
  it("finds an exact quotation regardless of case, quote marks and line breaks", () => {
    const m = match("staff are kind and treat them with dignity");
    expect(m.grade).toBe("exact");
    expect(CQC_LETTER.slice(m.start, m.end)).toBe("staff are kind and treat them with dignity");
  });

  it("matches fragments on either side of an ellipsis, in order", () => {
    expect(match("Infection control practice is thorough … the home is clean throughout").grade).toBe(
      "exact",
    );
  });

  it("grades a quotation with a changed word as close, with a high score", () => {
    const m = match("Staffing levels are now good at all times of day");
    expect(m.grade).toBe("close");
    expect(m.score).toBeGreaterThan(0.7);
    expect(CQC_LETTER.slice(m.start, m.end)).toContain("Staffing levels are now sufficient");
  });

  it("finds nothing for words the letter never uses", () => {
    expect(match("an outstanding beacon of excellence in the region").grade).toBe("none");
  });

  it("leaves bracketed insertions out of the match but reports them", () => {
    const m = match("Audits are completed monthly and actions [by the manager] are followed up promptly");
    expect(m.grade).toBe("exact");
    expect(m.bracketed).toBe(true);
  });
});
