/**
 * What counts as criticism in a letter: contractions, negated good practice, measures that fall
 * short, and criticism inherited from a lead-in or section title. Every example is invented (other
 * councils, other regulators), so the rules are checked as general rules, not against one letter.
 */
import { describe, expect, it } from "vitest";
import { fallsShort } from "../../../src/core/judge/benchmarks.js";
import { expandContractions } from "../../../src/core/judge/contractions.js";
import { negatedPractice } from "../../../src/core/judge/negatedPractice.js";
import { caveatClauseStart, letterPolarities, polarityOf, toneOf } from "../../../src/core/judge/polarity.js";
import { inheritedCriticism, metRequirements } from "../../../src/core/judge/requirements.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";
import type { Sentence } from "../../../src/core/types.js";
import { sentence } from "../../fixtures/bodySentence.js";

describe("contractions", () => {
  it("spells out negative contractions for matching", () => {
    expect(expandContractions("The trust doesn't always log falls")).toBe(
      "The trust does not always log falls",
    );
    expect(expandContractions("Staff can't and won't; it isn't")).toBe(
      "Staff can not and will not; it is not",
    );
    expect(expandContractions("Leaders cannot show")).toBe("Leaders can not show");
  });

  it("makes contracted criticism critical", () => {
    expect(polarityOf(sentence("The ambulance service doesn't always triage calls in a timely way."))).toBe(
      "critical",
    );
    expect(polarityOf(sentence("The college isn't checking learners' attendance carefully enough."))).toBe(
      "critical",
    );
  });

  it("keeps offsets of the original text for a caveat turn", () => {
    const text = "Nurses are kind, but the ward doesn't always record pain scores.";
    expect(caveatClauseStart(text)).toBe(text.indexOf(", but"));
  });
});

describe("negated good practice", () => {
  it("finds a negation a few words before a praise word, a standard or a practice", () => {
    expect(negatedPractice("the hospice did not have an effective process for audits")).toMatch(
      /not have an effective/,
    );
    expect(negatedPractice("Managers do not have a clear overview of complaints")).toBeDefined();
    expect(negatedPractice("the trustees did not have an accurate picture of finances")).toBeDefined();
    expect(
      negatedPractice("the training plan does not set out clearly what apprentices learn"),
    ).toBeDefined();
    expect(negatedPractice("some care plans had not been reviewed in line with guidance")).toBeDefined();
    expect(negatedPractice("residents sat for hours without meaningful occupation")).toBeDefined();
    expect(negatedPractice("the council does not answer housing repair calls quickly enough")).toBeDefined();
  });

  it("leaves double negatives, problems negated and turns of phrase alone", () => {
    expect(negatedPractice("Staff are not only kind but effective")).toBeUndefined();
    expect(negatedPractice("Without exception, carers were kind")).toBeUndefined();
    expect(negatedPractice("Inspectors did not identify any concerns about safeguarding")).toBeUndefined();
    expect(negatedPractice("There were no delays and timely care followed")).toBeUndefined();
    expect(negatedPractice("Patients do not have to wait for effective treatment")).toBeUndefined();
    expect(negatedPractice("Residents are never left without support")).toBeUndefined();
    expect(negatedPractice("Pupils who do not need support are challenged")).toBeUndefined();
  });

  it("makes such sentences critical", () => {
    expect(polarityOf(sentence("The dental practice did not have a clear system for recalls."))).toBe(
      "critical",
    );
    expect(polarityOf(sentence("The youth offending team does not meet its own targets."))).toBe("critical");
  });
});

describe("measures that fall short", () => {
  it("reads a figure below a benchmark as criticism, unless more of the measure is worse", () => {
    expect(fallsShort("Attendance was well below the national average")).toBeDefined();
    expect(fallsShort("Uptake of bowel screening was below the 60% national target")).toBeDefined();
    expect(fallsShort("Waiting times for therapy are below the national average")).toBeUndefined();
    expect(fallsShort("Staff sickness is above the regional average")).toBeDefined();
    expect(fallsShort("Pupils' progress in science is above the national average")).toBeUndefined();
  });

  it("compares a percentage with its benchmark in the right direction", () => {
    expect(
      fallsShort("42% of tenants were satisfied with repairs, compared with a national average of 65%"),
    ).toBeDefined();
    expect(
      fallsShort("88% of tenants were satisfied, compared with a national average of 65%"),
    ).toBeUndefined();
    expect(fallsShort("12% of calls were abandoned, against a national standard of 5%")).toBeDefined();
  });

  it("reads 'only' shares, high levels, falls and long waits", () => {
    expect(fallsShort("only 41% of care assessments were completed within 28 days")).toBeDefined();
    expect(fallsShort("only 2% of callers abandoned their call")).toBeUndefined();
    expect(fallsShort("The number of young people on remand who are excluded is high")).toBeDefined();
    expect(fallsShort("Training compliance was high")).toBeUndefined();
    expect(fallsShort("Several caseworkers carry high caseloads")).toBeDefined();
    expect(fallsShort("Take-up of the free flu vaccine has declined")).toBeDefined();
    expect(fallsShort("The number of complaints has declined")).toBeUndefined();
    expect(fallsShort("18 percent of patients missed their follow-up appointment")).toBeDefined();
    expect(fallsShort("Some tenants wait more than six months for damp repairs")).toBeDefined();
    expect(fallsShort("No child waits more than 18 weeks")).toBeUndefined();
    expect(fallsShort("The team reduced waiting times from a high starting point")).toBeUndefined();
  });
});

describe("plain criticism words", () => {
  it.each([
    "Learners' written English is less well developed than their speaking.",
    "Targets in several learning plans are too broad to measure progress.",
    "The lift in the east wing posed a safety hazard to residents.",
    "Two lounges were tired and in need of redecoration.",
    "Several fire doors were out of use during the visit.",
    "A significant minority of apprentices are persistently absent from college.",
  ])("%s is critical", (text) => {
    expect(polarityOf(sentence(text))).toBe("critical");
  });

  it("does not read praise that names weaknesses, or a negated complaint, as criticism", () => {
    expect(
      polarityOf(
        sentence("Trustees have an accurate understanding of the charity's strengths and weaknesses."),
      ),
    ).toBe("positive");
    expect(polarityOf(sentence('Tenants told us "nothing is too much trouble" for the warden.'))).not.toBe(
      "critical",
    );
  });

  it("does not read question headings or method sentences as findings", () => {
    expect(polarityOf(sentence("What does the academy do well and what does it need to do better?"))).toBe(
      "neutral",
    );
    expect(
      polarityOf(
        sentence(
          "We set out our findings about where the service should improve in the rest of this report.",
        ),
      ),
    ).toBe("neutral");
  });

  it("reads the tone of any text, praise included", () => {
    expect(toneOf("a firm grip on the quality of assessments")).toBe("neutral");
    expect(toneOf("strong oversight of assessment quality")).toBe("positive");
    expect(toneOf("is not … well planned")).toBe("critical");
  });
});

describe("criticism inherited from where a sentence stands", () => {
  const letter = [
    "Inspection of Northmoor Dental Care",
    "",
    "Every member of the team was kind and caring towards patients.",
    "",
    "The provider must:",
    "",
    "•\tEnsure that equipment is maintained and serviced safely and on schedule.",
    "•\tEnsure that staff receive regular supervision from a qualified lead.",
    "",
    "Areas for improvement",
    "",
    "The practice should review how it shares test results with patients.",
    "Staff records are kept in three separate places.",
    "",
    "What does the practice do well and what does it need to do better?",
    "",
    "Reception staff know patients well and greet them warmly.",
    "",
  ].join("\n");
  const sentences = segmentSentences(letter);
  const polarities = letterPolarities(sentences);
  const polarityOfText = (words: string) => {
    const s = sentences.find((x) => x.text.includes(words));
    if (!s) throw new Error(`no sentence holds "${words}"`);
    return polarities[s.index];
  };

  it("makes items under a requirement lead-in critical", () => {
    expect(polarityOfText("equipment is maintained")).toBe("critical");
    expect(polarityOfText("regular supervision")).toBe("critical");
    expect(inheritedCriticism(sentences).size).toBeGreaterThanOrEqual(3);
  });

  it("makes the sentences of an improvement section critical, not those of a mixed section", () => {
    expect(polarityOfText("three separate places")).toBe("critical");
    expect(polarityOfText("greet them warmly")).toBe("positive");
    expect(polarityOfText("kind and caring")).toBe("positive");
  });

  it("does not count a past requirement that the letter says was met", () => {
    const history = segmentSentences(
      [
        "Requirement 1",
        "",
        "By 1 May 2023, the provider must ensure that fire drills are held monthly on every unit.",
        "This requirement was made on 2 February 2023.",
        "Drills were recorded and staff knew the evacuation routes.",
        "This requirement was met.",
        "",
        "By 1 June 2024, the provider must ensure that night staffing meets people's assessed needs.",
        "",
      ].join("\n"),
    );
    const met = metRequirements(history);
    const drills = history.find((s) => s.text.includes("fire drills")) as Sentence;
    const night = history.find((s) => s.text.includes("night staffing")) as Sentence;
    expect(met.has(drills.index)).toBe(true);
    expect(met.has(night.index)).toBe(false);
    const p = letterPolarities(history);
    expect(p[drills.index]).toBe("neutral");
    expect(p[night.index]).toBe("critical");
  });
});

describe("what a measure measures", () => {
  it("reads satisfaction or timeliness as a measure where more is better, even when it names complaints", () => {
    expect(
      fallsShort(
        "Only 44% of tenants were satisfied with complaint handling, compared with a national average of 63%",
      ),
    ).toBeDefined();
    expect(fallsShort("only 52% of complaints were answered within 10 working days")).toBeDefined();
  });
});
