import { describe, expect, it } from "vitest";
import {
  CRITICISM,
  HEDGES,
  lexiconPattern,
  SOFTENERS,
  STRONG_CRITICISM,
} from "../../../src/core/judge/lexicon.js";
import { copiedRuns, labelledRuns, RUN, realCasesPresent, runsOf } from "../../fixtures/documentRuns.js";

describe("lexicon", () => {
  it(`shares no run of ${RUN} words with a labelled document (patterns and examples are general)`, () => {
    if (!realCasesPresent)
      console.log("lexicon: ../shared/real not found; checked against the fixtures only");
    expect(copiedRuns("src/core/judge/lexicon.ts", labelledRuns())).toEqual([]);
  });

  it("the guard would notice a copied phrase", () => {
    expect(runsOf("Leaders have made strong progress in all areas.").size).toBe(4);
  });

  // Entries our labelled sets rarely or never hit, kept because they are general (docs/lexicon.md).
  it("reads general criticism our sets rarely use", () => {
    const criticism = lexiconPattern(CRITICISM, "i");
    for (const s of [
      "The kitchen was unclean and several fridges were unhygienic.",
      "Two bathrooms were in disrepair.",
      "Staff shortages adversely affected the evening routine.",
      "Record keeping was haphazard and training piecemeal.",
      "Key areas for improvement include the quality of care plans.",
      "Recruitment has been slower than planned.",
      "Fewer than half of the kitchen staff have completed food hygiene training.",
      "Less than half of care reviews had been held on time.",
    ])
      expect(s).toMatch(criticism);
    for (const s of [
      "The home was clean and well kept.",
      "Areas for improvement identified at the last visit were addressed.",
      "Fewer than half of the residents are over 80 years old.",
    ])
      expect(s).not.toMatch(criticism);
  });

  // Two entries the issue named as copied from one pair: each is now a general construction (a copula,
  // an optional intensifier and a word of scarcity or strain), shown here on several invented subjects.
  it("reads scarcity and strain after any subject, not one document's phrase", () => {
    const criticism = lexiconPattern(CRITICISM, "i");
    for (const s of [
      "Places at the nursery were very limited.",
      "Access to a GP remains limited for residents.",
      "Cash reserves are likely to be tight next year.",
      "Staffing on the ward has become increasingly stretched.",
      "The charity's finances are precarious.",
    ])
      expect(s).toMatch(criticism);
    expect("Leaders achieved a great deal with limited resources.").not.toMatch(criticism);
  });

  it("tells softened criticism from strong criticism", () => {
    expect("There were a few teething problems.").toMatch(lexiconPattern(SOFTENERS, "i"));
    expect("Progress was hampered by serious staffing gaps.").toMatch(lexiconPattern(STRONG_CRITICISM, "i"));
    expect("Standards rose from a very low starting point.").toMatch(lexiconPattern(HEDGES.baseline, "i"));
  });
});
