import { describe, expect, it } from "vitest";
import {
  type GradeClaim,
  gradeOf,
  judgeGrades,
  letterGrades,
  pressGradeClaims,
} from "../../../src/core/judge/grades.js";
import { judgeClaim } from "../../../src/core/judge/judgeClaim.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";
import { sentence } from "../../fixtures/bodySentence.js";
import { letterContext } from "../../fixtures/letterContext.js";

// Invented letters of several regulators (no fixture or seed wording).
const PRISON = [
  "Outcomes at the establishment",
  "",
  "Area of outcomes        2019            2023",
  "Rehabilitation          Good            Not sufficiently good",
  "Living conditions       Poor            Reasonably good",
  "",
  "Cells on the north landing were damp and the laundry was often broken.",
  "",
].join("\n");

const LANDLORD = [
  "Regulatory judgement: Eastmoor Homes",
  "",
  "Consumer                C2",
  "Governance              G1",
  "Viability               V3",
  "",
  "This judgement replaces the one published in March 2021, in which the landlord was assessed as G2 for governance and V2 for viability.",
  "",
].join("\n");

const COLLEGE = [
  "Overall effectiveness           Requires improvement",
  "Personal development            Good",
  "Behaviour and attitudes         Good",
  "Provision for adults with complex needs      Good",
  "Apprenticeships                 Requires improvement",
  "Leadership and management       Requires improvement",
  "",
  "Tutors plan lessons carefully. Too few apprentices finish on time.",
  "",
].join("\n");

const UNGRADED = [
  "A report on Pentre Glas Primary",
  "",
  "Pupils make strong progress in reading. Leaders have a clear vision for the school.",
  "",
  "Recommendations: improve attendance and refine the use of assessment.",
  "",
].join("\n");

const described = (claims: GradeClaim[]) =>
  claims.map((c) => `${c.area}: ${c.grade}${c.previous ? " (earlier)" : ""}${c.year ? ` ${c.year}` : ""}`);

describe("more grade scales", () => {
  it("knows the healthy-prison scale and the social-housing codes (capitals only)", () => {
    expect(gradeOf("Reasonably good")).toBe("reasonably good");
    expect(gradeOf("not sufficiently good")).toBe("not sufficiently good");
    expect(gradeOf("Poor")).toBe("poor");
    expect(gradeOf("G2")).toBe("G2");
    expect(gradeOf("V4")).toBe("V4");
    expect(gradeOf("c3")).toBeUndefined();
  });

  it("reads a code's own area, wherever its noun and receiver stand", () => {
    expect(
      described(pressGradeClaims("We have kept our G2 governance rating and V2 viability rating.")),
    ).toEqual(["governance: G2", "viability: V2"]);
    expect(
      described(
        pressGradeClaims("The regulator has given Eastmoor Homes a C2 grade for consumer standards."),
      ),
    ).toEqual(["consumer: C2"]);
  });

  it("does not read everyday 'poor' as a grade", () => {
    expect(pressGradeClaims("Inspectors judged poor attendance to be the main weakness.")).toEqual([]);
    expect(pressGradeClaims("The canteen was poor in places.")).toEqual([]);
  });
});

describe("grades of several inspections", () => {
  it("reads a table with a column per inspection year: the latest is current", () => {
    const grades = letterGrades(PRISON, segmentSentences(PRISON));
    expect(grades.map((g) => [g.area, g.grade, g.previous ?? false, g.year])).toEqual([
      ["rehabilitation", "good", true, 2019],
      ["rehabilitation", "not sufficiently good", false, 2023],
      ["living conditions", "poor", true, 2019],
      ["living conditions", "reasonably good", false, 2023],
    ]);
  });

  it("reads no grade from a row of several when no header places the columns in time", () => {
    const text =
      "Rehabilitation          Good            Poor\nLiving conditions       Poor            Good\n";
    expect(letterGrades(text, segmentSentences(text))).toEqual([]);
  });

  it("reads 'down from X in YEAR' as the area's earlier grade", () => {
    expect(
      described(pressGradeClaims("Rehabilitation was rated 'reasonably good', down from 'good' in 2019.")),
    ).toEqual(["rehabilitation: reasonably good", "rehabilitation: good (earlier) 2019"]);
  });

  it("checks the current grade against the current column, the earlier one against its year", () => {
    const ctx = letterContext(PRISON);
    const wrong = judgeGrades(
      ctx,
      sentence("Rehabilitation was rated 'reasonably good', down from 'good' in 2019."),
    );
    expect(wrong?.kind).toBe("unsupported");
    expect(wrong?.reason).toBe(
      "the letter grades rehabilitation as not sufficiently good, not reasonably good",
    );
    const right = judgeGrades(
      ctx,
      sentence("Living conditions were rated reasonably good, up from poor in 2019."),
    );
    expect(right?.kind).toBe("paraphrase");
    expect(judgeGrades(ctx, sentence("Rehabilitation was rated good in 2019."))?.kind).toBe("paraphrase");
  });

  it("reads a letter's earlier judgement as earlier, and checks codes against the current table", () => {
    const grades = letterGrades(LANDLORD, segmentSentences(LANDLORD));
    expect(grades.filter((g) => g.form === "prose").map((g) => [g.area, g.grade, g.previous])).toEqual([
      ["governance", "G2", true],
      ["viability", "V2", true],
    ]);
    const ctx = letterContext(LANDLORD);
    const kept = judgeGrades(ctx, sentence("We have kept our G2 governance rating."));
    expect(kept?.kind).toBe("unsupported");
    expect(kept?.reason).toBe("the letter grades governance as G1, not G2");
    expect(
      judgeGrades(ctx, sentence("The regulator graded the landlord G1 for governance and V3 for viability."))
        ?.kind,
    ).toBe("paraphrase");
  });

  it("keeps true code grades with the publisher's own gloss a paraphrase", () => {
    const j = judgeClaim(
      letterContext(LANDLORD),
      sentence(
        "The regulator has given Eastmoor Homes a C2 grade for consumer standards, which reflects our backlog of repairs.",
      ),
      "other",
    );
    expect(j.kind).toBe("paraphrase");
    expect(j.letter.map((s) => s.text)).toEqual(["Consumer                C2"]);
  });

  it("never checks an earlier inspection's grade against the current grades", () => {
    const s = "The college was last inspected in 2015, when it was judged 'good' for personal development.";
    expect(described(pressGradeClaims(s))).toEqual(["personal development: good (earlier)"]);
    const graded = judgeGrades(letterContext(COLLEGE), sentence(s));
    expect(graded?.kind).toBe("not-checked");
    expect(judgeClaim(letterContext(UNGRADED), sentence(s), "other").kind).toBe("not-checked");
    // "since the previous inspection" brings the sentence back to now.
    expect(
      described(
        pressGradeClaims(
          "Since the previous inspection the college has been rated good for apprenticeships.",
        ),
      ),
    ).toEqual(["apprenticeships: good"]);
  });
});

describe("area lists", () => {
  it("reads the areas after 'by <regulator>' one by one, never as the overall grade", () => {
    const ctx = letterContext(COLLEGE);
    const s =
      "The college has been rated Good by the Further Education Inspectorate for personal development and provision for adults with complex needs, following a full inspection in June.";
    const j = judgeGrades(ctx, sentence(s));
    expect(j?.kind).toBe("paraphrase");
    expect(j?.reason).toBe(
      "reports the letter's grades: personal development – good, provision for adults with complex needs – good",
    );
    expect(judgeClaim(ctx, sentence(s), "other").kind).toBe("paraphrase");
  });

  it("repeats a grade 'with the same grade for' more areas", () => {
    const s =
      "The college was rated requires improvement overall, with the same grade for apprenticeships and leadership.";
    expect(described(pressGradeClaims(s))).toEqual([
      "overall: requires improvement",
      "apprenticeships: requires improvement",
      "leadership: requires improvement",
    ]);
    expect(judgeGrades(letterContext(COLLEGE), sentence(s))?.kind).toBe("paraphrase");
  });

  it("reads past an aside and a 'second time in a row' after the grade", () => {
    const s =
      "Living conditions were rated 'poor' – the lowest possible grade – for the second time in a row.";
    const [claim] = pressGradeClaims(s);
    expect(claim?.area).toBe("living conditions");
    expect(claim?.end).toBe(s.length - 1);
  });
});

describe("a letter that grades nothing", () => {
  it("reports graded areas as unsupported when the letter never uses the grade", () => {
    const ctx = letterContext(UNGRADED);
    const j = judgeGrades(
      ctx,
      sentence("The school was rated as excellent in three of the four inspection areas."),
    );
    expect(j?.kind).toBe("unsupported");
    expect(j?.reason).toMatch(/^the letter grades nothing/);
  });

  it("leaves the body's own grade and dated grades to the other rules", () => {
    const ctx = letterContext(UNGRADED);
    expect(judgeGrades(ctx, sentence("The school was rated excellent by inspectors."))).toBeUndefined();
    expect(
      judgeGrades(ctx, sentence("The school was rated excellent for its teaching in 2016.")),
    ).toBeUndefined();
  });
});

describe("a grade sentence copied word for word", () => {
  it("is copied, with the grades it reports in the reason", async () => {
    const { findingsOf } = await import("../../fixtures/judgeAgainst.js");
    const letter =
      "Dear Ms Rao\n\nThis was the second visit since the trust was judged inadequate overall.\n\nStaff were kind.\n\nYours sincerely";
    const [f] = findingsOf(
      letter,
      "This was the second visit since the trust was judged inadequate overall.",
    );
    expect(f?.kind).toBe("copied");
    expect(f?.reason).toMatch(/grades/);
  });
});
