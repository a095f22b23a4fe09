import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../src/core/corpus/evidence.js";
import { type CandidateLetter, rankSources } from "../../src/core/corpus/rankSources.js";

// Two invented letters about the same council (consecutive visits): same names, same vocabulary,
// different findings. Retrieval cannot tell them apart; the quoted passages can.
const VISIT_3 = [
  "Monitoring visit 3 to Northshire County Council children's services, 2 and 3 March 2021.",
  "Senior leaders have strengthened the front door, and referrals now receive a timely response.",
  "Social workers in the disabled children's team visit children regularly and know them well.",
  "However, the quality of return home interviews remains too variable across the county.",
].join("\n\n");
const VISIT_4 = [
  "Monitoring visit 4 to Northshire County Council children's services, 7 and 8 September 2021.",
  "Care leavers in Northshire receive effective help from personal advisers who keep in touch with them.",
  "Pathway plans are up to date and written with young people in language they understand.",
  "Leaders recognise that too few care leavers are in education, employment or training.",
].join("\n\n");
const HOSPITAL = [
  "Care Quality Commission inspection of Westbrook General Hospital, January 2022.",
  "Patients in the emergency department waited too long to be assessed by a clinician.",
].join("\n\n");

const candidate = (id: string, text: string, retrievalScore: number): CandidateLetter => ({
  id,
  source: `${id}.txt`,
  text,
  retrievalScore,
});

describe("rankSources", () => {
  it("ranks by the article's evidence, not by retrieval order, and reports quotations from another letter", () => {
    const article =
      "Northshire's children's services have been praised by Ofsted. Inspectors said " +
      "“care leavers in Northshire receive effective help from personal advisers who keep in touch with them” " +
      "and that “pathway plans are up to date and written with young people in language they understand”. " +
      "The report also said “social workers in the disabled children's team visit children regularly”.";
    // The retrieval score puts visit 3 first: the evidence must overturn it.
    const r = rankSources(prepareArticle(article), [
      candidate("visit-3", VISIT_3, 9),
      candidate("visit-4", VISIT_4, 8),
      candidate("hospital", HOSPITAL, 1),
    ]);
    expect(r.ranked.map((m) => m.id)).toEqual(["visit-4", "visit-3", "hospital"]);
    expect(r.match?.id).toBe("visit-4");
    expect(r.match?.evidence.quotesFound).toBe(2);
    expect(r.quotesElsewhere).toHaveLength(1);
    const elsewhere = r.quotesElsewhere[0];
    expect(elsewhere?.id).toBe("visit-3");
    expect(article.slice(elsewhere?.press.start, elsewhere?.press.end)).toBe(
      "social workers in the disabled children's team visit children regularly",
    );
    expect(VISIT_3.slice(elsewhere?.letter.start, elsewhere?.letter.end).toLowerCase()).toBe(
      "social workers in the disabled children's team visit children regularly",
    );
  });

  it("matches no letter when the article only shares the subject", () => {
    const article =
      "Northshire County Council said its children's services were improving. Ofsted said the council had " +
      "“a relentless focus on families” and that “staff feel valued and supported by their managers”.";
    const r = rankSources(prepareArticle(article), [
      candidate("visit-3", VISIT_3, 5),
      candidate("visit-4", VISIT_4, 4),
    ]);
    expect(r.match).toBeUndefined();
    expect(r.ranked.every((m) => m.level !== "high")).toBe(true);
    expect(r.quotesElsewhere).toEqual([]);
  });

  it("keeps only the requested number of ranked letters and handles no candidates", () => {
    const article =
      "Care leavers in Northshire receive effective help from personal advisers who keep in touch.";
    const r = rankSources(
      prepareArticle(article),
      [
        candidate("visit-3", VISIT_3, 1),
        candidate("visit-4", VISIT_4, 1),
        candidate("hospital", HOSPITAL, 1),
      ],
      1,
    );
    expect(r.ranked.map((m) => m.id)).toEqual(["visit-4"]);
    expect(rankSources(prepareArticle(article), [])).toEqual({
      ranked: [],
      match: undefined,
      quotesElsewhere: [],
      why: "no indexed letter shares its telling words",
    });
  });
});

describe("rankSources with the letters' own metadata", () => {
  // Two invented reports on one council, years apart, in the same house style; the article quotes
  // neither but says when it was published, when inspectors came and what they gave.
  const house =
    "Leaders have a clear understanding of the quality of practice. Social workers know their children well.";
  const older = {
    ...candidate(
      "westbury-2019",
      `Inspection of Westbury local authority children's services\n\n${house}`,
      5,
    ),
    meta: { body: "Westbury", visitStart: "2019-01-07", visitEnd: "2019-01-18", judgement: "inadequate" },
  };
  const newer = {
    ...candidate(
      "westbury-2024",
      `Inspection of Westbury local authority children's services\n\n${house}`,
      4,
    ),
    meta: { body: "Westbury", visitStart: "2024-06-03", visitEnd: "2024-06-14", judgement: "good" },
  };
  const elsewhere = {
    ...candidate(
      "northshire-2024",
      `Inspection of Northshire local authority children's services\n\n${house}`,
      6,
    ),
    meta: { body: "Northshire", visitStart: "2024-05-06", visitEnd: "2024-05-17", judgement: "good" },
  };

  it("picks among one council's reports by the article's date, month and judgement, below high confidence", () => {
    const article =
      "Westbury children's services now good\n12 August 2024\nOfsted inspected the council in June and rated its services as good.";
    const r = rankSources(prepareArticle(article), [older, newer, elsewhere]);
    expect(r.ranked.map((m) => m.id)).toEqual(["westbury-2024", "westbury-2019", "northshire-2024"]);
    expect(r.match?.id).toBe("westbury-2024");
    expect(r.match?.level).toBe("medium");
  });

  it("says why when the article's date fits none of the named council's reports", () => {
    const article =
      "Westbury children's services\n3 March 2031\nInspectors visited the council in January and rated it outstanding.";
    const r = rankSources(prepareArticle(article), [older, newer]);
    expect(r.match).toBeUndefined();
    expect(r.why).toBe("it names Westbury, but no indexed report on Westbury fits the article's date");
  });
});
