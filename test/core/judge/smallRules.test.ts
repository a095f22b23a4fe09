import { describe, expect, it } from "vitest";
import { regionsOf } from "../../../src/core/judge/context.js";
import { differentDocumentReason, identifierConflicts } from "../../../src/core/judge/differentDocument.js";
import { findHedges } from "../../../src/core/judge/hedges.js";
import { findOverstatement } from "../../../src/core/judge/overstated.js";
import { caveatClauseStart, isCaveat, polarityOf } from "../../../src/core/judge/polarity.js";
import { isCopied } from "../../../src/core/judge/restatement.js";
import { findDroppedCaveat } from "../../../src/core/judge/selective.js";
import { findUnderstatement } from "../../../src/core/judge/understated.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";
import { tokenize } from "../../../src/core/text/tokens.js";
import type { Sentence } from "../../../src/core/types.js";
import { sentence } from "../../fixtures/bodySentence.js";
import { letterContext } from "../../fixtures/letterContext.js";

const whole = (letter: string) => [
  { sentence: { start: 0, end: letter.length }, start: 0, end: letter.length },
];

describe("hedges", () => {
  it("classifies stage, baseline, quantity and need hedges", () => {
    const classes = findHedges(
      "Plans are beginning to improve from a low base; some staff need to do more.",
    ).map((h) => h.cls);
    expect(classes).toEqual(expect.arrayContaining(["stage", "baseline", "quantity", "need"]));
  });
});

describe("findOverstatement", () => {
  it("flags a dropped baseline hedge", () => {
    const letter = "The speed of hospital discharges is improving from a low base.";
    expect(findOverstatement("Hospital discharges are now quick.", letter, whole(letter))).toMatch(
      /from a low base/,
    );
  });

  it("reads the hedge at the end of the matched clause, beyond the words the press shares", () => {
    const letter =
      "The timeliness of initial health assessments for looked-after children is improving from a low base, and leaders know why.";
    const ctx = letterContext(letter);
    const toks = ctx.index.sentenceTokens[0] ?? [];
    const matched = toks.flatMap((t, i) =>
      ["timeliness", "health", "assessments"].includes(t.norm) ? [i] : [],
    );
    const regions = regionsOf(ctx, new Map([[0, matched]]));
    const covered = letter.slice(regions[0]?.start, regions[0]?.end);
    expect(covered).toContain("from a low base");
    expect(covered).not.toContain("leaders");
    expect(findOverstatement("Health assessments are now timely.", letter, regions)).toMatch(/low base/);
  });

  it("flags a dropped quantifier ('some' → all implied)", () => {
    const letter = "Some pupils read fluently by the end of year two.";
    expect(findOverstatement("Pupils read fluently by the end of year two.", letter, whole(letter))).toMatch(
      /some/i,
    );
  });

  it("flags stage inflation ('in the process of implementing' → 'has implemented')", () => {
    const letter = "The trust is in the process of implementing a new triage system.";
    expect(
      findOverstatement("The trust has implemented a new triage system.", letter, whole(letter)),
    ).toMatch(/in the process of/);
  });

  it("accepts a restatement that keeps the hedge or an equivalent one", () => {
    const letter = "Most patients are seen within four hours.";
    expect(
      findOverstatement("The majority of patients are seen within four hours.", letter, whole(letter)),
    ).toBeUndefined();
  });

  it("does not call a press sentence that reports the criticism overstated", () => {
    const letter = "Not all reviews are timely.";
    expect(
      findOverstatement(
        "Inspectors said there is a need to ensure all reviews are timely.",
        letter,
        whole(letter),
      ),
    ).toBeUndefined();
  });

  it("flags a superlative the letter never uses", () => {
    const letter = "Leadership is good and staff are well supported.";
    expect(
      findOverstatement("Leadership is outstanding and staff are well supported.", letter, whole(letter)),
    ).toMatch(/outstanding/);
  });
});

describe("findUnderstatement", () => {
  it("flags strong criticism softened", () => {
    const letter = "The service was hampered by several issues with staffing.";
    expect(
      findUnderstatement("The service faced a few hindrances with staffing.", letter, whole(letter)),
    ).toMatch(/hampered|several/);
  });

  it("is silent when the strength is kept", () => {
    const letter = "Several issues with staffing remain.";
    expect(
      findUnderstatement("Several issues with staffing remain, some said.", letter, whole(letter)),
    ).toBeUndefined();
  });
});

describe("copied vs paraphrase", () => {
  it("calls near-verbatim reuse copied and a rewording not", () => {
    const letter = tokenize("Audits are completed monthly and actions are followed up promptly.");
    expect(
      isCopied(
        tokenize("Audits are completed monthly and actions are followed up promptly, it said."),
        letter,
      ),
    ).toBe(true);
    expect(isCopied(tokenize("Monthly checks happen and problems get fixed fast."), letter)).toBe(false);
  });
});

describe("polarity and caveats", () => {
  it("recognises critical findings", () => {
    expect(polarityOf(sentence("Leaders need to ensure that every plan is reviewed."))).toBe("critical");
    expect(polarityOf(sentence("In some cases, people waited too long for a review."))).toBe("critical");
    expect(polarityOf(sentence("Staff are kind and the home is clean."))).toBe("positive");
  });

  it("reads a past judgement as history, not as a finding of this letter", () => {
    expect(
      polarityOf(
        sentence("This was the third monitoring visit since the trust was rated inadequate in 2022."),
      ),
    ).toBe("neutral");
    expect(
      polarityOf(sentence("Since the school was judged to be inadequate, governors have been replaced.")),
    ).toBe("neutral");
    // …but a present judgement or a present weakness in the same sentence still counts.
    expect(
      polarityOf(
        sentence("The home was rated inadequate in May, and medicines are still not stored safely."),
      ),
    ).toBe("critical");
  });

  it("reads 'consistent' as praise and only recommendations as 'should' criticism", () => {
    expect(polarityOf(sentence("Pupils now follow a consistent reading programme."))).toBe("positive");
    expect(polarityOf(sentence("Marking is inconsistent across year groups."))).toBe("critical");
    expect(polarityOf(sentence("Leaders have set out what pupils should learn in geography."))).toBe(
      "neutral",
    );
    expect(polarityOf(sentence("The provider should ensure that agency staff receive an induction."))).toBe(
      "critical",
    );
    expect(polarityOf(sentence("In other wards, this work has not started."))).toBe("critical");
    expect(polarityOf(sentence("The new curriculum is at an early stage of development."))).toBe("critical");
  });

  it("tells a concern raised from a concern addressed", () => {
    expect(polarityOf(sentence("A duty service addresses young people's concerns promptly."))).not.toBe(
      "critical",
    );
    expect(polarityOf(sentence("Inspectors have serious concerns about night-time staffing."))).toBe(
      "critical",
    );
    expect(polarityOf(sentence("Staffing at weekends remains a concern for the ward."))).toBe("critical");
  });

  it("reads 'areas for improvement are identified' as practice, and 'areas for improvement include' as criticism", () => {
    expect(
      polarityOf(sentence("Audits are thorough and areas for improvement are identified and acted on.")),
    ).toBe("positive");
    expect(
      polarityOf(sentence("Areas for improvement include the recording of restraint and staff training.")),
    ).toBe("critical");
  });

  it("does not count method sentences as findings", () => {
    expect(polarityOf(sentence("Inspectors looked at records that needed improvement last year."))).toBe(
      "neutral",
    );
  });

  it("recognises a caveat sentence and a caveat clause", () => {
    expect(isCaveat(sentence("However, this is not yet consistent across the trust."))).toBe(true);
    expect(caveatClauseStart("Leaders are ambitious, but progress has been too slow.")).toBeGreaterThan(0);
    expect(caveatClauseStart("Leaders are ambitious, and progress is good.")).toBeUndefined();
  });
});

describe("findDroppedCaveat (selective)", () => {
  const letter =
    "Supervision is regular and some of it is reflective. However, it is not yet consistent. Staff are kind.";
  const sentences = segmentSentences(letter);
  const first = sentences[0] as Sentence;

  it("flags a positive passage whose next-sentence caveat is never reported", () => {
    expect(findDroppedCaveat(sentences, first, first.end, () => false)).toEqual({
      start: sentences[1]?.start,
      end: sentences[1]?.end,
      side: "follows",
    });
  });

  it("is silent when the press reports the caveat", () => {
    expect(findDroppedCaveat(sentences, first, first.end, (i) => i === 1)).toBeUndefined();
  });

  it("takes a critical sentence on the same subject as a caveat, and one on a new subject as not", () => {
    const text =
      "Residents say the food is varied and served hot. Hot food is not always served at a safe temperature. " +
      "Residents feel safe at night. Staffing rotas at weekends are too often incomplete.";
    const ss = segmentSentences(text);
    const food = ss[0] as Sentence;
    const safe = ss[2] as Sentence;
    expect(findDroppedCaveat(ss, food, food.end, () => false)).toBeDefined();
    expect(findDroppedCaveat(ss, safe, safe.end, () => false)).toBeUndefined();
  });

  it("flags a caveat clause after ', but' when only the part before it is reported", () => {
    const one = segmentSentences("Managers are visible, but too many actions are not followed up.");
    const s = one[0] as Sentence;
    expect(findDroppedCaveat(one, s, s.start + 10, () => true)).toBeDefined();
  });

  describe("a caveat before the praise", () => {
    // The praise opens by turning on the sentence before it, which carries the shortfall.
    const turned = segmentSentences(
      "Medication records were too often incomplete during the spring. " +
        "However, the new pharmacist has introduced effective weekly audits that staff value.",
    );
    const praise = turned[1] as Sentence;

    it("flags a turned positive sentence whose previous critical sentence is never reported", () => {
      expect(findDroppedCaveat(turned, praise, praise.end, () => false)).toEqual({
        start: turned[0]?.start,
        end: turned[0]?.end,
        side: "precedes",
      });
    });

    it("is silent when the press reports the critical sentence before it", () => {
      expect(findDroppedCaveat(turned, praise, praise.end, (i) => i === 0)).toBeUndefined();
    });

    it("takes other turns that close the contrast", () => {
      for (const turn of ["Despite this,", "Nevertheless,", "That said,", "Even so,"]) {
        const ss = segmentSentences(
          `Medication records were too often incomplete during the spring. ${turn} the new pharmacist has introduced effective weekly audits that staff value.`,
        );
        const p = ss[1] as Sentence;
        expect(findDroppedCaveat(ss, p, p.end, () => false)?.side).toBe("precedes");
      }
    });

    it("is silent when the praise does not open with a turn", () => {
      const ss = segmentSentences(
        "Medication records were too often incomplete during the spring. " +
          "The new pharmacist has introduced effective weekly audits that staff value.",
      );
      const p = ss[1] as Sentence;
      expect(findDroppedCaveat(ss, p, p.end, () => false)).toBeUndefined();
    });

    it("is silent across a paragraph break", () => {
      const ss = segmentSentences(
        "Medication records were too often incomplete during the spring.\n\n" +
          "However, the new pharmacist has introduced effective weekly audits that staff value.",
      );
      const p = ss[1] as Sentence;
      expect(p.block).not.toBe(ss[0]?.block);
      expect(findDroppedCaveat(ss, p, p.end, () => false)).toBeUndefined();
    });

    it("is silent when the sentence before is not critical", () => {
      const ss = segmentSentences(
        "The pharmacist joined the service in the spring. " +
          "However, the new pharmacist has introduced effective weekly audits that staff value.",
      );
      const p = ss[1] as Sentence;
      expect(findDroppedCaveat(ss, p, p.end, () => false)).toBeUndefined();
    });
  });
});

describe("different document", () => {
  it("finds a visit number or judgement the letter contradicts", () => {
    const letter = "This was the third monitoring visit since the school was judged inadequate.";
    expect(identifierConflicts("The fourth monitoring visit found progress.", letter)).toHaveLength(1);
    expect(identifierConflicts("Inspectors rated the school outstanding.", letter)).toHaveLength(1);
    expect(identifierConflicts("The third monitoring visit found progress.", letter)).toHaveLength(0);
    // A possessive object between the verb and the grade.
    expect(
      identifierConflicts("The CQC has rated Eastbridge Trust’s maternity unit as ‘Outstanding’.", letter),
    ).toHaveLength(1);
  });

  it("never takes an article whose regulator quotations are mostly in the letter as another document", () => {
    expect(
      differentDocumentReason({
        regulatorQuotes: 7,
        quotesFound: 6,
        claims: 12,
        claimsSourced: 5,
        conflicts: ['it reports a judgement of "outstanding" the letter never makes'],
      }),
    ).toBeUndefined();
  });

  it("weighs a grade the letter never gives by the claims alone when the article quotes the regulator nowhere", () => {
    const conflicts = ['it reports a judgement of "good" the letter never makes'];
    // Most of its claims are this letter's: the grade is a false claim about it, not another document.
    expect(
      differentDocumentReason({
        regulatorQuotes: 0,
        quotesFound: 0,
        claims: 12,
        claimsSourced: 9,
        conflicts,
      }),
    ).toBeUndefined();
    // Few of them are: the grade points to the other document the article reports.
    expect(
      differentDocumentReason({
        regulatorQuotes: 0,
        quotesFound: 0,
        claims: 12,
        claimsSourced: 3,
        conflicts,
      }),
    ).toMatch(/judgement of "good"/);
  });

  it("takes many quotations with hardly any in the letter as another document, even on a shared topic", () => {
    expect(
      differentDocumentReason({
        regulatorQuotes: 12,
        quotesFound: 1,
        claims: 20,
        claimsSourced: 11,
        conflicts: [],
      }),
    ).toMatch(/1 of 12 quotations/);
    // Two quotations missing out of three is not enough on its own when most claims are sourced.
    expect(
      differentDocumentReason({
        regulatorQuotes: 3,
        quotesFound: 0,
        claims: 20,
        claimsSourced: 14,
        conflicts: [],
      }),
    ).toBeUndefined();
  });

  it("decides from quotations and sourced claims", () => {
    expect(
      differentDocumentReason({
        regulatorQuotes: 6,
        quotesFound: 0,
        claims: 10,
        claimsSourced: 2,
        conflicts: [],
      }),
    ).toBeDefined();
    expect(
      differentDocumentReason({
        regulatorQuotes: 4,
        quotesFound: 3,
        claims: 10,
        claimsSourced: 7,
        conflicts: [],
      }),
    ).toBeUndefined();
    expect(
      differentDocumentReason({
        regulatorQuotes: 1,
        quotesFound: 1,
        claims: 10,
        claimsSourced: 8,
        conflicts: ["a later visit"],
      }),
    ).toBeUndefined();
  });
});
