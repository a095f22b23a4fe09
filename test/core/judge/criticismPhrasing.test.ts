import { describe, expect, it } from "vitest";
import { evidenceKeys, findingCoverage } from "../../../src/core/judge/omissions.js";
import { caveatClauseStart, criticismIn, letterPolarities } from "../../../src/core/judge/polarity.js";
import { analyseText } from "../../../src/core/segment/analyse.js";
import { tokenize } from "../../../src/core/text/tokens.js";
import { findingsOf } from "../../fixtures/judgeAgainst.js";
import { letterContext } from "../../fixtures/letterContext.js";

describe("criticism stated without the usual markers", () => {
  it.each([
    "However, this was not the case on every ward.",
    "The new rota does not help staff to plan their week.",
    "The layout did not allow officers to see into the cells.",
    "Learners struggle to remember the safety rules from earlier units.",
    "The service struggled to recruit enough carers last winter.",
    "In some courses, apprentices do not progress as quickly as they could.",
    "Some trainees start the practical tasks before they have grasped the theory.",
    "Record keeping on the night shift is patchy.",
    "As a result, the training that volunteers receive is disjointed.",
    "Complaints are not logged and answered quickly enough.",
    "The review of care plans is still at an early stage.",
  ])("reads %j as critical", (text) => {
    expect(criticismIn(text)).toBeDefined();
  });

  it.each([
    "The clinic spots the needs of new patients at an early stage.",
    "Tenants who struggle to climb stairs are offered ground-floor homes.",
    "Volunteers give extra help to pupils struggling to read.",
    "Teachers check what apprentices know before they move on.",
  ])("does not read %j as critical", (text) => {
    expect(criticismIn(text)).toBeUndefined();
  });
});

describe("a caveat turned by a bare 'but'", () => {
  it("finds the turn without a comma when what follows is criticism", () => {
    const text = "Response times have improved but remain below the national standard.";
    expect(caveatClauseStart(text)).toBe(text.indexOf(" but"));
  });

  it("ignores 'but also' and a turn to more praise", () => {
    expect(caveatClauseStart("Staff are not only kind but also well trained in first aid.")).toBeUndefined();
    expect(caveatClauseStart("The garden is small but very well kept.")).toBeUndefined();
  });

  it("flags as selective a press restatement of the praise before the turn", () => {
    const letter = [
      "Dear Ms Rowe",
      "Inspection of Fernside Library Service",
      "Visitor numbers have risen since the last visit but remain below the regional average.",
      "Staff run popular reading groups for older residents.",
      "Yours sincerely",
    ].join("\n\n");
    const [f] = findingsOf(letter, "Inspectors noted that visitor numbers have risen since the last visit.");
    expect(f?.kind).toBe("paraphrase");
    expect(f?.flags).toContain("selective");
  });
});

describe("speakers in relative and complement clauses", () => {
  const quotes = (text: string) => analyseText(text).quotes.map((q) => q.speaker);

  it("takes the subject before a relative 'who' clause, not the object inside it", () => {
    expect(
      quotes(
        'An inspector who visited Hollins Farm Nursery in June said the rooms were "calm and well organised".',
      ),
    ).toEqual(["regulator"]);
    expect(
      quotes('Kim Osei, who runs the Hollins Farm parents group, said: "We never felt listened to before."'),
    ).toEqual(["other"]);
  });

  it("keeps a quotation inside what the report found as the report's, whoever the clause names", () => {
    expect(
      quotes(
        'The report found that in two wards the trust had not identified "the risks of overnight staffing".',
      ),
    ).toEqual(["regulator"]);
  });

  it("leaves a pure verb of saying inside the report's words to its own subject", () => {
    expect(quotes('Inspectors found that the manager said "every checklist is signed off daily".')).toEqual([
      "other",
    ]);
  });

  it("makes 'thanked' a verb of saying", () => {
    expect(
      analyseText("The inspector thanked the volunteers for running the café every weekend.").claimSpeaker,
    ).toEqual(["regulator"]);
  });
});

describe("a clause that opens on its verb shares the sentence's subject", () => {
  const LETTER = [
    "Visitor numbers have risen since the last visit but remain below the regional average.",
    "Loans of e-books were below the regional average in 2023.",
    "Staff run popular reading groups for older residents.",
    "The mobile library reaches most villages each fortnight.",
  ].join("\n\n");

  it("is not reported by another measure said to be below the same average", () => {
    const ctx = letterContext(LETTER);
    const { sentences } = ctx;
    const polarities = letterPolarities(sentences);
    const press = "E-book loans were below the regional average last year, the report said.";
    const evidence = [{ stems: evidenceKeys(tokenize(press)), text: press, unsourced: false }];
    const coverage = findingCoverage(ctx, sentences[0] as (typeof sentences)[0], evidence, polarities[0]);
    expect(coverage.reported).toBe(false);
    const own = "Visitor numbers remain below the regional average.";
    const ownEvidence = [{ stems: evidenceKeys(tokenize(own)), text: own, unsourced: false }];
    expect(
      findingCoverage(ctx, sentences[0] as (typeof sentences)[0], ownEvidence, polarities[0]).reported,
    ).toBe(true);
  });
});

describe("contact too seldom and a child moved too often", () => {
  it.each([
    "Visits from the family's key worker are often infrequent.",
    "Supervision for new staff was infrequent last spring.",
    "A few residents have had multiple placement moves this year.",
    "Several pupils have experienced repeated school moves.",
  ])("reads %j as critical", (text) => {
    expect(criticismIn(text)).toBeDefined();
  });

  it.each(["The use of physical restraint is infrequent.", "Staff help families plan house moves calmly."])(
    "does not read %j as critical",
    (text) => {
      expect(criticismIn(text)).toBeUndefined();
    },
  );
});
