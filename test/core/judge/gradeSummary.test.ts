import { describe, expect, it } from "vitest";
import { judgeGradeSummary } from "../../../src/core/judge/gradeSummary.js";
import { letterGrades } from "../../../src/core/judge/grades.js";
import { wrappedRows } from "../../../src/core/judge/wrappedRows.js";
import { letterContext } from "../../fixtures/letterContext.js";

// An invented full-inspection report, as PDF text extraction writes its judgement table: area names
// wrapped over lines, each grade on its own line (or at the end of the area's last line).
const REPORT = [
  "Inspection of Ashcombe borough council youth services",
  "Inspection dates: 3 to 14 June 2024",
  "Judgement Grade",
  "The effectiveness of leaders and managers in",
  "improving support for young people",
  "Good",
  "The experiences and progress of young people",
  "who need early support",
  "Requires improvement to be good",
  "The experiences and progress of young people",
  "leaving custody Good",
  "Overall effectiveness Good",
  "Since the last inspection in 2019, when the service was judged inadequate, leaders have",
  "made steady progress. The service is no longer inadequate. Some assessments are too brief.",
  "",
].join("\n");

describe("wrappedRows (judgement table rows wrapped by PDF extraction)", () => {
  it("reads each wrapped area name with the grade on the next line or at its end", () => {
    const rows = wrappedRows(REPORT);
    expect(rows.map((r) => [r.area, r.grade])).toEqual([
      ["The effectiveness of leaders and managers in improving support for young people", "good"],
      ["The experiences and progress of young people who need early support", "requires improvement"],
      ["The experiences and progress of young people leaving custody", "good"],
    ]);
  });

  it("reads no row outside a table: a grade line after prose is not a cell", () => {
    const prose = ["The panel met twice in the spring", "and agreed its plan", "Good", ""].join("\n");
    expect(wrappedRows(prose)).toEqual([]);
  });

  it("gives the letter one statement per area besides the overall line", () => {
    const ctx = letterContext(REPORT);
    const table = letterGrades(ctx.text, ctx.sentences).filter((s) => s.form === "table");
    expect(table.map((s) => s.grade)).toEqual(["good", "requires improvement", "good", "good"]);
  });
});

describe("judgeGradeSummary (summary grade claims against the judgement table)", () => {
  const ctx = letterContext(REPORT);
  const judge = (s: string) => judgeGradeSummary(ctx, s);

  it("takes the overall grade, quoted or not, with the table's line as the source", () => {
    const a = judge("Ashcombe youth services rated 'good' by inspectors for the first time");
    expect(a?.kind).toBe("quote-exact");
    expect(a?.letter.map((s) => s.text)).toContain("Overall effectiveness Good");
    expect(judge("Borough youth service gets good rating")?.kind).toBe("paraphrase");
    expect(judge("The watchdog has judged the overall effectiveness of the service as good")?.kind).toBe(
      "paraphrase",
    );
  });

  it("checks a count of areas against the table, with or without the overall line", () => {
    expect(judge("The service was rated good in three of the four categories")?.kind).toBe("paraphrase");
    expect(judge("All but one area was found to be good")?.kind).toBe("paraphrase");
    expect(judge("The inspectors rated the other two areas as good")?.kind).toBe("paraphrase");
    expect(judge("It was rated good in all four areas")?.kind).toBe("unsupported");
    expect(judge("The service was rated good in two of four categories")?.kind).toBe("unsupported");
  });

  it("gives a wrong overall grade as unsupported", () => {
    expect(judge("The service was given an overall rating of inadequate")?.kind).toBe("unsupported");
  });

  it("reads a denial against the overall grade", () => {
    const d = judge("Inspectors found the service is no longer inadequate");
    expect(d?.kind).toBe("paraphrase");
    expect(d?.letter.some((s) => /no longer inadequate/.test(s.text))).toBe(true);
  });

  it("sets aside earlier grades, aims and other bodies' grades", () => {
    expect(judge("Ten years ago the service was found to be inadequate")?.kind).toBe("not-checked");
    expect(judge("The service had been rated inadequate by the watchdog since 2011")?.kind).toBe(
      "not-checked",
    );
    expect(judge("Leaders aim to be rated outstanding")?.kind).toBe("not-checked");
    expect(judge("It is one of only four services with a good rating")?.kind).toBe("not-checked");
  });

  it("matches an earlier grade given with its year to the letter's own account of it", () => {
    const e = judge("The service was rated inadequate in 2019, and has now been rated good");
    expect(e?.kind).toBe("paraphrase");
    const only = judge("The service was judged inadequate in 2019");
    expect(only?.kind).toBe("paraphrase");
    expect(only?.letter[0]?.text).toMatch(/Since the last inspection in 2019/);
  });

  it("reads a headline that drops the verb, and the grade's full name without one", () => {
    expect(judge("Ashcombe borough youth services 'good'")?.kind).toBe("quote-exact");
    expect(judge("Youth service good after years of struggle")?.kind).toBe("paraphrase");
    expect(
      judge(
        "It says the experiences and progress of young people who need early support requires improvement to be good",
      )?.kind,
    ).toBe("paraphrase");
  });

  it("checks areas named in the table's own words against their rows", () => {
    const a = judge(
      'Inspectors graded the experiences and progress of young people leaving custody as "good"',
    );
    expect(a?.kind).toBe("quote-exact");
    expect(a?.letter.some((s) => /leaving custody/.test(s.text))).toBe(true);
    expect(
      judge("Inspectors graded the experiences and progress of young people who need early support as good"),
    ).toBeUndefined();
  });

  it("gives a grade quoted in words the letter never uses as altered, and reads 'the other one' after a count", () => {
    const m = judge(
      "Three of the four areas were rated ‘good’, with the other being branded ‘improvement needed’",
    );
    expect(m?.kind).toBe("quote-altered");
    expect(m?.reason).toMatch(/never writes it "improvement needed"/);
  });

  it("leaves alone a grade word that is an adjective, and letters without a table", () => {
    expect(judge("Inspectors found good progress in early support")).toBeUndefined();
    expect(
      judgeGradeSummary(letterContext("Staff were kind. The home was clean.\n"), "Rated good"),
    ).toBeUndefined();
  });
});

describe("a grade the body was downgraded or upgraded to", () => {
  const ctx = letterContext(REPORT);
  it("is a claim about this inspection's grade", () => {
    expect(judgeGradeSummary(ctx, "The council's youth service has been downgraded to “good”.")?.kind).toBe(
      "quote-exact",
    );
    expect(judgeGradeSummary(ctx, "The council's youth service has been upgraded to good.")?.kind).toBe(
      "paraphrase",
    );
    expect(
      judgeGradeSummary(ctx, "The council's youth service has been downgraded to “inadequate” overall.")
        ?.kind,
    ).toBe("unsupported");
  });
});
