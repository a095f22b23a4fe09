/**
 * Rules found on an invented monitoring-visit letter: pace and form-over-substance criticism, a
 * figure limited by "only" that reports a shortfall, a conditional opening that turns praise on the
 * shortfall before it, and a quantified noun phrase dropped before a quotation. Every example is
 * invented (other councils, other services).
 */
import { describe, expect, it } from "vitest";
import { findReversal } from "../../../src/core/judge/negation.js";
import { findOverstatement } from "../../../src/core/judge/overstated.js";
import { polarityOf } from "../../../src/core/judge/polarity.js";
import { findDroppedCaveat } from "../../../src/core/judge/selective.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";
import type { Sentence } from "../../../src/core/types.js";
import { sentence } from "../../fixtures/bodySentence.js";
import { findingsOf } from "../../fixtures/judgeAgainst.js";

describe("criticism of pace and of form over substance", () => {
  it("reads slower progress as criticism", () => {
    expect(polarityOf(sentence("Progress has been slower in the disabled children's team."))).toBe(
      "critical",
    );
    expect(polarityOf(sentence("Recruitment of foster carers is slower than planned."))).toBe("critical");
    expect(polarityOf(sentence("The pace of change in the adoption service remains slow."))).toBe("critical");
  });

  it("reads a focus on compliance or process rather than impact as criticism", () => {
    expect(
      polarityOf(
        sentence(
          "Reviews of care plans concentrate on process rather than on what has changed for families.",
        ),
      ),
    ).toBe("critical");
    expect(
      polarityOf(sentence("Case audits check compliance rather than the difference made for pupils.")),
    ).toBe("critical");
  });

  it("does not read a plain choice as criticism", () => {
    expect(
      polarityOf(
        sentence("Leaders recruited permanent managers rather than agency staff, and teams are stable."),
      ),
    ).not.toBe("critical");
  });
});

describe("a figure limited by 'only' reports the shortfall", () => {
  const letter = "Too many initial health assessments are not completed within 20 working days.";
  const span = [{ start: 0, end: letter.length - 1 }];

  it("is no reversal of the letter's 'not'", () => {
    expect(
      findReversal(
        "Only 52% of initial health assessments were completed within 20 working days.",
        letter,
        span,
      ),
    ).toBeUndefined();
    expect(
      findReversal("Just one in three assessments were completed within 20 working days.", letter, span),
    ).toBeUndefined();
  });

  it("still finds a reversal when nothing limits the figure", () => {
    expect(
      findReversal("Initial health assessments are completed within 20 working days.", letter, span),
    ).toMatch(/not/);
  });

  it("is no overstatement of the letter's 'too many'", () => {
    const regions = [{ sentence: { start: 0, end: letter.length }, start: 0, end: letter.length - 1 }];
    expect(
      findOverstatement("Only 52% of initial health assessments were completed on time.", letter, regions),
    ).toBeUndefined();
  });
});

describe("a conditional opening turns praise on the shortfall before it (selective)", () => {
  const ss = segmentSentences(
    "Too few reviewing officers meet children before their reviews. When meetings take place, they are warm and purposeful. Staff are kind.",
  );
  const praise = ss[1] as Sentence;

  it("flags praise of what happens only sometimes when the shortfall is never reported", () => {
    expect(findDroppedCaveat(ss, praise, praise.end, () => false)).toEqual({
      start: ss[0]?.start,
      end: ss[0]?.end,
      side: "precedes",
    });
  });

  it("is silent when the shortfall is reported", () => {
    expect(findDroppedCaveat(ss, praise, praise.end, (i) => i === 0)).toBeUndefined();
  });

  it("does not take an ordinary 'when' clause as a turn", () => {
    const plain = segmentSentences(
      "Too few reviewing officers meet children before their reviews. When children arrive, staff greet them warmly.",
    );
    const s = plain[1] as Sentence;
    expect(findDroppedCaveat(plain, s, s.end, () => false)).toBeUndefined();
  });
});

describe("overgeneralised: a quantified noun phrase dropped before the quotation", () => {
  const letter =
    "Dear Mr Abbot\n\nA small number of referrals from GPs were not screened on the day they arrived. Most staff feel supported and leaders are ambitious for the service.\n\nYours sincerely";

  it("flags 'a small number of … ' four words before the quotation", () => {
    const [f] = findingsOf(
      letter,
      'The letter said referrals from GPs were "not screened on the day they arrived".',
    );
    expect(f?.kind).toBe("quote-exact");
    expect(f?.flags).toContain("overgeneralised");
  });

  it("is silent when the press keeps the quantifier", () => {
    const [f] = findingsOf(
      letter,
      'The letter said a small number of referrals from GPs were "not screened on the day they arrived".',
    );
    expect(f?.flags).not.toContain("overgeneralised");
  });

  it("does not reach across a conjunction into another clause's subject", () => {
    const [f] = findingsOf(letter, 'Inspectors said leaders "are ambitious for the service".');
    expect(f?.flags).not.toContain("overgeneralised");
  });
});
