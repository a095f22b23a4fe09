/**
 * Second pass on what counts as a critical finding: shortfalls stated as states, shares and counts,
 * numbered recommendations, process boilerplate, denied concerns, stage hedges and method lines.
 * Every sentence is invented (other councils, other regulators, other services).
 */
import { describe, expect, it } from "vitest";
import { fallsShort } from "../../../src/core/judge/benchmarks.js";
import { CRITICISM, lexiconPattern, PRAISE } from "../../../src/core/judge/lexicon.js";
import { negatedPractice } from "../../../src/core/judge/negatedPractice.js";
import { criticismIn, letterPolarities, polarityOf, toneOf } from "../../../src/core/judge/polarity.js";
import { isAdministrative, isNumberedRecommendation } from "../../../src/core/judge/requirements.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";
import { sentence } from "../../fixtures/bodySentence.js";

const pol = (text: string) => polarityOf(sentence(text));

describe("shortfalls with no 'not', 'too' or 'needs'", () => {
  it("reads a high level of a harm as critical, and its fall as no criticism", () => {
    expect(pol("Nevertheless, the level of violence between residents remained high on two units.")).toBe(
      "critical",
    );
    expect(fallsShort("Bullying on the youth wing has increased since the spring.")).toBeDefined();
    expect(pol("Self-harm had fallen, and support for young people in crisis was good.")).not.toBe(
      "critical",
    );
    expect(pol("Rent arrears have fallen over the year.")).not.toBe("critical");
  });

  it("reads a share of people in a bad state as critical", () => {
    expect(pol("At the spot check, 42% of residents were locked out of the day centre until noon.")).toBe(
      "critical",
    );
    expect(pol("Around a quarter of young people left care without settled accommodation.")).toBe("critical");
    expect(pol("Roughly 18% of its schools had not had a fire drill in the last year.")).toBe("critical");
    expect(pol("In June, 31% of the cohort were still waiting for a first appointment.")).toBe("critical");
    // The share is small by its own words, or set against a benchmark it beats.
    expect(pol("Only 3% of tenants were waiting for a repair.")).not.toBe("critical");
    expect(fallsShort("Just 4% of pupils were absent, compared with 9% nationally.")).toBeUndefined();
  });

  it("reads a count of problems as critical, unless small or falling", () => {
    expect(pol("The council had more than 640 open cases of disrepair in March.")).toBe("critical");
    expect(pol("There were 2,300 overdue repairs across the estate.")).toBe("critical");
    expect(pol("Fewer than 20 overdue repairs remained and a plan was in place.")).not.toBe("critical");
    expect(pol("Overdue repairs have been reduced to 85 overdue repairs.")).not.toBe("critical");
  });

  it("reads limited assurance, tight finances and late action as critical", () => {
    expect(pol("Papers to the committee described spending and gave limited assurance about safety.")).toBe(
      "critical",
    );
    expect(pol("Access to the gym was very limited for most detainees.")).toBe("critical");
    expect(pol("Cash headroom is expected to be tight next year.")).toBe("critical");
    expect(pol("The fraud team had only recently begun to chase overdue cases promptly.")).toBe("critical");
    expect(pol("Disabled tenants were less satisfied than other tenants with the repairs service.")).toBe(
      "critical",
    );
    // Effort praised despite scarce means is not a limited outcome.
    expect(pol("The manager made good progress with limited resources.")).toBe("positive");
  });

  it("reads an assurance not given as negated practice", () => {
    expect(negatedPractice("Managers have not ensured that every carer receives supervision")).toBeDefined();
    expect(negatedPractice("the trust had not investigated the causes of the delays")).toBeDefined();
    expect(pol("Relatives were not kept informed about changes to visiting.")).toBe("critical");
  });
});

describe("not criticism", () => {
  it("treats the regulator's process told to the reader as administration", () => {
    expect(
      isAdministrative(
        "If you are not happy with the visit or the letter, you can complain to the inspectorate.",
      ),
    ).toBe(true);
    expect(isAdministrative("I am copying this letter to the chair of the health and wellbeing board.")).toBe(
      true,
    );
    expect(isAdministrative("© Crown copyright 2025")).toBe(true);
    expect(pol("If you are unhappy with this report, you can use our complaints procedure.")).toBe("neutral");
    expect(isAdministrative("Families said they could not complain easily.")).toBe(false);
  });

  it("reads met requirements and a denied concern as praise", () => {
    expect(pol("Fire safety checks meet requirements and give no cause for concern.")).toBe("positive");
    expect(pol("We found no significant concerns about the handling of medicines.")).not.toBe("critical");
    // Still asked for, it is no praise.
    expect(pol("The home must meet the requirements of the regulations by May.")).not.toBe("positive");
    expect(pol("The hospice does not meet requirements for staff training.")).toBe("critical");
  });

  it("reads weaknesses already recognised and being acted on as a stage, not a new criticism", () => {
    expect(
      pol("The trustees have acknowledged these weaknesses and have started to review their reports."),
    ).not.toBe("critical");
    // Recognised but with no action, or a weakness named outright, stays critical.
    expect(pol("The trustees have acknowledged these weaknesses.")).toBe("critical");
    expect(pol("Weaknesses in financial controls persist.")).toBe("critical");
  });

  it("reads a scale or definition as method", () => {
    expect(pol("We grade each service from 1 (inadequate) to 4 (outstanding).")).toBe("critical"); // not a scoring line
    expect(pol("We score each theme from 1 (weak) to 5 (strong).")).toBe("neutral");
    expect(pol("2.3 We define good practice as practice that others could copy.")).toBe("neutral");
  });
});

describe("numbered recommendations", () => {
  it("knows a numbered imperative item", () => {
    expect(isNumberedRecommendation("R3 Raise standards of handwriting in key stage 2")).toBe(true);
    expect(isNumberedRecommendation("2. Strengthen the oversight of agency staff")).toBe(true);
    expect(isNumberedRecommendation("3 Facilities and premises")).toBe(false);
  });

  it("reads numbered and listed items printed without a full stop as critical findings", () => {
    const text = [
      "Recommendations",
      "",
      "R1 Sharpen the use of tracking data to plan support",
      "",
      "R2 Reduce the number of late referrals to speech therapy",
      "",
      "Improve the induction of new volunteers",
      "",
      "What happens next",
      "",
      "The board will publish an action plan within six weeks.",
    ].join("\n");
    const sentences = segmentSentences(text);
    const p = letterPolarities(sentences);
    const of = (start: string) => p[sentences.findIndex((s) => s.text.startsWith(start))];
    expect(of("R1 Sharpen")).toBe("critical");
    expect(of("R2 Reduce")).toBe("critical");
    expect(of("Improve the induction")).toBe("critical");
    expect(of("What happens next")).toBe("neutral");
    expect(of("The board will publish")).not.toBe("critical");
  });
});

describe("people's own knowledge of what needs to change is no criticism", () => {
  it("reads 'know exactly what needs to change' as a purpose, not a shortfall", () => {
    expect(toneOf("Plans are clear, so that families know exactly what needs to change.")).not.toBe(
      "critical",
    );
    expect(toneOf("Plans are unclear, and families do not know what needs to change.")).toBe("critical");
  });
});

describe("a text the markers blank out entirely", () => {
  it("carries no criticism and no praise: every marker is made of words", () => {
    // The markers are not run on what is left (blanks), so nothing can match there; checked here on
    // the patterns themselves, as a guard should a marker ever be written that matches white space.
    for (const blank of [" ", "  ", "\t", " \n "]) {
      expect(lexiconPattern(CRITICISM, "i").exec(blank)).toBeNull();
      expect(lexiconPattern(PRAISE, "i").test(blank)).toBe(false);
      expect(negatedPractice(blank)).toBeUndefined();
      expect(fallsShort(blank)).toBeUndefined();
      expect(criticismIn(blank)).toBeUndefined();
      expect(toneOf(blank)).toBe("neutral");
    }
  });

  it("reads a condition of people rather than a service's fault as neutral", () => {
    expect(toneOf("poor housing")).toBe("neutral");
    expect(toneOf("Help for tenants in poor housing is not yet timely.")).toBe("critical");
  });
});
