import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/segment/analyse.js";
import { claimSpeaker, quoteSpeaker, reportingClauses } from "../../../src/core/segment/attribution.js";

/** Speaker and cue of each quotation in a text. */
const quotes = (text: string) =>
  analyseText(text).quotes.map((q) => ({ speaker: q.speaker, cue: q.attributionCue }));

/** Claim speaker of each sentence in a text. */
const claims = (text: string) => analyseText(text).claimSpeaker;

describe("the speaker is the subject of the saying verb, not the noun nearest the quotation", () => {
  it("reads nouns after 'described … as' as content", () => {
    expect(
      quotes(
        'Inspectors described relations between wardens and residents as "calm, patient and respectful".',
      ),
    ).toEqual([{ speaker: "regulator", cue: "Inspectors" }]);
  });

  it("reads a name after 'found that' as content, and 'It' as the speaker before", () => {
    const t =
      'The report praised the council\'s leaders. It also found that the Eastbury Young Carers Network is "a trusted voice in planning".';
    expect(quotes(t)).toEqual([{ speaker: "regulator", cue: "It" }]);
  });

  it("reads 'the findings' after the verb as what a campaign group talks about", () => {
    expect(
      quotes('Campaign group Fairplay Eastbury said the findings "prove what families knew all along".')[0]
        ?.speaker,
    ).toBe("other");
  });

  it("takes a named person under an inspector's title as the regulator", () => {
    expect(
      quotes('HM Inspector Priya Shah said she was "encouraged by the pace of change".')[0]?.speaker,
    ).toBe("regulator");
    expect(
      quotes('Chief Inspector of Probation Sam Hill said the service "has lost its way on risk".')[0]
        ?.speaker,
    ).toBe("regulator");
    expect(quotes('Chief Constable Jo Reed said: "We welcome the report."')[0]?.speaker).toBe("other");
  });

  it("keeps a regulator's own 'we' and 'our' with the regulator when a regulator clause governs", () => {
    const [q] = quotes('The inspectorates said the prison had "made clear progress since our last visit".');
    expect(q?.speaker).toBe("regulator");
  });

  it("still gives 'we' words with no reporting clause to their publisher", () => {
    expect(quotes('"We are thrilled with this result for our tenants."')[0]?.speaker).toBe("other");
  });

  it("reads the subject after an inverted verb and before a verb that ends the clause", () => {
    expect(quotes('"Leaders act quickly on concerns," said the report.')[0]?.speaker).toBe("regulator");
    expect(quotes('"Leaders act quickly on concerns," the watchdog said.')[0]?.speaker).toBe("regulator");
    expect(quotes('"We have more to do on lettings," said Councillor Amy Cole.')[0]?.speaker).toBe("other");
  });

  it("resolves 'he said' to the last named speaker", () => {
    const t =
      'Council leader Amy Cole said the result was welcome.\n\n"It reflects the hard work of everyone in our housing team," she said.';
    expect(quotes(t)[0]?.speaker).toBe("other");
  });

  it("gives a participle clause (', saying …') the subject of the clause before it", () => {
    const t =
      'Inspectors raised concerns about school transport, saying some routes were "not always safe for pupils".';
    expect(quotes(t)[0]?.speaker).toBe("regulator");
  });

  it("takes the head of the subject, not a regulator inside it ('Parents at the Ofsted-rated school')", () => {
    expect(
      quotes('Parents at the Ofsted-rated school said the changes were "long overdue and welcome".')[0]
        ?.speaker,
    ).toBe("other");
  });

  it("reads a headline's bare present tense ('Inspectors praise …') as saying, and 'praise for' as a noun", () => {
    const clauses = reportingClauses("Inspectors praise Westdale's calm classrooms");
    expect(clauses.map((c) => c.kind)).toEqual(["regulator"]);
    expect(reportingClauses("Westdale celebrates praise for its calm classrooms")).toEqual([]);
  });
});

describe("passives: what was praised or rated is not the speaker", () => {
  it("does not make the praised home the speaker of a headline quotation", () => {
    const [q] = analyseText("Northgate Hospice praised for 'gentle and unhurried' care").quotes;
    expect(q?.speaker).toBe("unknown");
    expect(q?.attributionCue).toBeUndefined();
  });

  it("takes the agent after 'by' as the speaker", () => {
    const frame = "The force has been rated good at preventing crime by the inspectorate.";
    expect(claimSpeaker(frame)?.speaker).toBe("regulator");
  });

  it("does not take a non-person 'by' phrase as an agent", () => {
    expect(claimSpeaker("Pupils were let down by weak planning in several subjects.")).toBeUndefined();
  });

  it("leaves an agentless rating unattributed (it may be an earlier inspection)", () => {
    expect(claimSpeaker("The college was rated good at its last inspection in 2019.")).toBeUndefined();
  });

  it("reads 'told to improve' as passive", () => {
    const [c] = reportingClauses("Care home told to improve after medicines errors");
    expect(c?.passive).toBe(true);
  });
});

describe("claims: the regulator speaks only as the subject of a reporting or judging verb", () => {
  it("does not attribute a mention of the regulator's report or website", () => {
    expect(
      claims(
        "We are proud to share our latest CQC report with patients. You can read the full report on the Estyn website.",
      ),
    ).toEqual(["unknown", "unknown"]);
  });

  it("attributes a future action of the regulator to it", () => {
    expect(claims("The regulator will revisit the trust within six months.")).toEqual(["regulator"]);
    expect(claims("Estyn is due to return to the school next spring.")).toEqual(["regulator"]);
  });

  it("gives a claim whose subject is someone else to them", () => {
    expect(claims("The Dale Housing Trust said it welcomed the report.")).toEqual(["other"]);
  });

  it("attributes 'Inspectors found' and a trailing ', the report said'", () => {
    expect(
      claims("Inspectors found that repairs were slow. Half of tenants waited a month, the report said."),
    ).toEqual(["regulator", "regulator"]);
  });

  it("lets a closing ', the report said' govern the whole sentence, and 'It' after it", () => {
    const t =
      "Tenants told us that the new repairs line helped them, the report said. It also said that void homes are let quickly.";
    expect(claims(t)).toEqual(["regulator", "regulator"]);
  });

  it("reads the subject after a fronted phrase and across an appositive", () => {
    expect(
      claimSpeaker("After a three-day visit in May, the inspectorate said staffing was stable.")?.speaker,
    ).toBe("regulator");
    expect(claimSpeaker("After the inspection, the trust said it had already acted.")?.speaker).toBe("other");
    expect(claimSpeaker("Dr Ravi Sen, medical director, said the trust had already acted.")?.speaker).toBe(
      "other",
    );
  });
});

describe("quoteSpeaker", () => {
  it("prefers a clause directly after the quotation to one before it in another clause", () => {
    const frame = 'Tenants said it was good news, and "                           ," the report said.';
    const start = frame.indexOf('"');
    const end = frame.indexOf('," the') + 2;
    expect(quoteSpeaker(frame, start, end)?.speaker).toBe("regulator");
  });

  it("returns undefined when no clause names a speaker", () => {
    expect(quoteSpeaker("Eastbury housing:                    ", 18, 38)).toBeUndefined();
  });
});

describe("verbs of disclosure", () => {
  it("makes the regulator the speaker of 'the report reveals that…' and 'inspectors exposed…'", async () => {
    const { findingsOf } = await import("../../fixtures/judgeAgainst.js");
    const letter =
      "Dear Governor\n\nStaff were kind. Night checks were recorded accurately.\n\nYours sincerely";
    const [f] = findingsOf(
      letter,
      "The report also reveals that two wings were closed for repairs all year.",
    );
    expect(f?.kind).toBe("unsupported");
  });
});

describe("verbs of making plain used as verbs of saying", () => {
  it("reads 'makes clear that', 'was clear that' and 'demonstrates that' with the report as speaker", () => {
    expect(claims("The report makes clear that the waiting lists for repairs are far too long.")).toEqual([
      "regulator",
    ]);
    expect(claims("Inspectors made it clear that staff training must improve.")).toEqual(["regulator"]);
    expect(claims("Ofsted was clear that pupils behave well in lessons.")).toEqual(["regulator"]);
    expect(claims("The watchdog demonstrates that the new rota has cut delays.")).toEqual(["regulator"]);
  });

  it("leaves them alone without 'that': a plain adjective or an object is no reporting", () => {
    expect(claims("The new plan was clear and easy to follow.")).toEqual(["unknown"]);
    expect(claims("Staff demonstrated their commitment to residents every day.")).toEqual(["unknown"]);
  });

  it("gives the clause to whoever is its subject", () => {
    expect(claims("The council made clear that it would appeal against the rating.")).toEqual(["other"]);
  });
});
