import { describe, expect, it } from "vitest";
import { articleClues } from "../../src/core/corpus/articleClues.js";
import { clueFit } from "../../src/core/corpus/clueFit.js";
import type { LetterMeta } from "../../src/core/corpus/letterMeta.js";

const ARTICLE = articleClues(
  "Westbury's children's services rated good\n12 August 2024\nOfsted inspected Westbury in June and judged its services as good.",
);
const REPORT_2024: LetterMeta = {
  body: "Westbury",
  kind: "full inspection",
  visitStart: "2024-06-03",
  visitEnd: "2024-06-14",
  judgement: "good",
};

describe("clueFit", () => {
  it("agrees on everything with the report the article describes", () => {
    expect(clueFit(ARTICLE, REPORT_2024)).toEqual({
      body: "full",
      date: "fits",
      month: "fits",
      grade: "fits",
      kind: "unknown",
      score: 1,
    });
  });

  it("marks an older report of the same body, and one that came out after the article", () => {
    const older = clueFit(ARTICLE, {
      ...REPORT_2024,
      visitStart: "2019-01-07",
      visitEnd: "2019-01-18",
      judgement: "inadequate",
    });
    expect(older).toMatchObject({ body: "full", date: "older", month: "differs", grade: "differs" });
    const later = clueFit(ARTICLE, { ...REPORT_2024, visitStart: "2026-01-12", visitEnd: "2026-01-23" });
    expect(later.date).toBe("later");
    expect(later.score).toBeLessThan(older.score + 0.5);
  });

  it("counts against a report on a body the article never names, and says nothing without metadata", () => {
    expect(clueFit(ARTICLE, { ...REPORT_2024, body: "Northshire" }).body).toBe("absent");
    expect(clueFit(ARTICLE, undefined).score).toBe(0);
  });

  it("tells a monitoring visit from the inspection an article describes", () => {
    const visit = articleClues("Ofsted's monitoring visit to Westbury in June found progress.");
    expect(clueFit(visit, REPORT_2024).kind).toBe("differs");
    expect(clueFit(visit, { ...REPORT_2024, kind: "monitoring visit" }).kind).toBe("fits");
  });
});
