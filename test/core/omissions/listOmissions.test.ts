/**
 * The omission list of a full report: one entry per finding however often the report states it,
 * ranked by where it stands and how grave it is, never a finding the press reports (in its own words,
 * as a compressed list of topics, or as a source of one of its findings), with a short default list
 * on long reports. An invented report and invented articles, not the seeds or the real cases.
 */
import { describe, expect, it } from "vitest";
import { compare } from "../../../src/core/compare.js";
import { DEFAULT_OMISSIONS, SHORT_LIST_FROM_CHARS } from "../../../src/core/omissions/listOmissions.js";
import { placesLabel, sectionLabel } from "../../../src/core/omissions/sectionLabel.js";
import { severityOf } from "../../../src/core/omissions/severity.js";
import type { DocumentComparison } from "../../../src/core/types.js";

const REPORT = [
  "Inspection of Larkfield local authority children’s services",
  "",
  "Judgement Grade",
  "",
  "Overall effectiveness Requires improvement to be good",
  "",
  "Leaders in Larkfield know their services well and have improved the front door since the last inspection. Children at risk of harm are not always seen quickly enough by a social worker.",
  "",
  "What needs to improve?",
  "",
  "◼ The timeliness of visits to children at risk of harm.",
  "◼ Life-story work for children in care.",
  "◼ Supervision of newly qualified social workers.",
  "",
  "The experiences and progress of children who need help and protection: requires improvement to be good",
  "",
  "1. The early help offer is strong and families value it. Most referrals are handled promptly by experienced staff.",
  "",
  "2. Some children at risk of harm wait too long to be visited by a social worker after a strategy meeting.",
  "",
  "3. Life-story work for children in care is not started early enough for many of them.",
  "",
  "4. Newly qualified social workers do not receive regular supervision in two of the area teams.",
  "",
  "5. Foster carers say they do not feel listened to by managers when placements are planned.",
  "",
].join("\n");

function documentFor(article: string, letter = REPORT): DocumentComparison {
  return compare({ source: "report.txt", text: letter, format: "text" }, [
    { source: "article.txt", text: article, format: "text" },
  ]).documents[0] as DocumentComparison;
}

/** An article that reports only the report's praise. */
const PRAISE_ONLY = "Inspectors said the early help offer is strong and that families value it.";

const texts = (doc: DocumentComparison) => doc.omissions.map((o) => o.text.replace(/\s+/g, " "));

describe("listOmissions", () => {
  it("lists each omitted finding once, with every place the report states it", () => {
    const doc = documentFor(PRAISE_ONLY);
    const visits = doc.omissions.filter((o) => /harm/.test(o.text));
    expect(visits).toHaveLength(1);
    const entry = visits[0];
    // Quoted as first stated as a fact, ranked by its most prominent place
    expect(entry?.places?.map((p) => p.section.kind)).toEqual(["summary", "improve", "body"]);
    expect(entry?.text).toBe(
      "Children at risk of harm are not always seen quickly enough by a social worker.",
    );
    expect(entry && placesLabel(entry)).toBe("summary; What needs to improve?; paragraph 2");
    expect(entry?.rank).toBe(1);
  });

  it("ranks by prominence, then severity, and never lists praise", () => {
    const doc = documentFor(PRAISE_ONLY);
    const ranked = texts(doc);
    expect(ranked.some((t) => /early help offer is strong/.test(t))).toBe(false);
    // The foster carers' finding stands only in the body: after every finding of the improvement list
    const carers = ranked.findIndex((t) => /Foster carers/.test(t));
    const supervision = ranked.findIndex((t) => /supervision/i.test(t));
    expect(carers).toBeGreaterThan(supervision);
    expect(doc.omissions.map((o) => o.rank)).toEqual(doc.omissions.map((_, i) => i + 1));
  });

  it("never lists a finding the press reports in a compressed list of topics", () => {
    const doc = documentFor(
      "Inspectors listed three areas for improvement, including the timeliness of visits to children at risk and life-story work.",
    );
    const ranked = texts(doc);
    expect(ranked.some((t) => /harm/.test(t))).toBe(false);
    expect(ranked.some((t) => /Life-story/i.test(t))).toBe(false);
    expect(ranked.some((t) => /supervision/i.test(t))).toBe(true);
  });

  it("reads an improvement item of one topic word with its qualification", () => {
    const letter = REPORT.replace(
      "◼ Supervision of newly qualified social workers.",
      "◼ The quality of care plans, to ensure that they set clear targets and are reviewed on time.",
    );
    const doc = documentFor("Inspectors said better care plans with clear targets were needed.", letter);
    expect(texts(doc).some((t) => /care plans/.test(t))).toBe(false);
  });

  it("never lists a letter sentence that a finding of the press uses as its source (issue 14)", () => {
    const doc = documentFor(
      'The report found that "newly qualified social workers do not receive regular supervision in two of the area teams".',
    );
    const sources = new Set(doc.findings.flatMap((f) => f.letter.map((l) => l.start)));
    expect(sources.size).toBeGreaterThan(0);
    for (const o of [...doc.omissions, ...(doc.moreOmissions ?? [])]) {
      for (const p of o.places ?? [o]) expect(sources.has(p.start)).toBe(false);
    }
  });

  it("shows a short list on a full report and keeps the rest, ranked, in moreOmissions", () => {
    const body = Array.from(
      { length: 130 },
      (_, i) =>
        `${i + 6}. In team ${i + 1} of the borough, case records are not always updated after each visit, and managers do not always check them.`,
    );
    const long = `${REPORT}\n${body.join("\n\n")}\n`;
    expect(long.length).toBeGreaterThanOrEqual(SHORT_LIST_FROM_CHARS);
    const doc = documentFor(PRAISE_ONLY, long);
    expect(doc.omissions).toHaveLength(DEFAULT_OMISSIONS);
    expect((doc.moreOmissions ?? []).length).toBeGreaterThan(0);
    expect(doc.moreOmissions?.[0]?.rank).toBe(DEFAULT_OMISSIONS + 1);
    expect(doc.summary.omissions).toBe(doc.omissions.length + (doc.moreOmissions ?? []).length);
  });
});

describe("noClaims", () => {
  it("marks a text that makes no claim about the letter, and lists no omissions for it", () => {
    const doc = documentFor("Showers will spread from the west this afternoon, with highs of 14C.");
    expect(doc.noClaims).toBe(true);
    expect(doc.omissions).toEqual([]);
  });

  it("is false for an article that reports the letter", () => {
    expect(
      documentFor("Inspectors said the early help offer is strong and that families value it.").noClaims,
    ).toBe(false);
  });
});

describe("severityOf", () => {
  it("reads harm, failure and delay as serious, other shortfalls as shortfalls, tasks as tasks", () => {
    expect(severityOf("Some children at risk of harm wait too long to be seen.")).toBe(3);
    expect(severityOf("Supervision records are not always up to date.")).toBe(2);
    expect(severityOf("Further work is needed to embed the new audit tool.")).toBe(1);
  });

  it("plays down a shortfall the same sentence reassures about", () => {
    expect(severityOf("The quality of case notes is variable, but most contain enough detail.")).toBe(1);
  });
});

describe("sectionLabel", () => {
  it("names a place as a reader finds it", () => {
    expect(sectionLabel({ kind: "body", paragraph: 12 })).toBe("paragraph 12");
    expect(sectionLabel({ kind: "summary" })).toBe("summary");
    expect(sectionLabel({ kind: "improve", heading: "Areas for improvement" })).toBe("Areas for improvement");
  });
});
