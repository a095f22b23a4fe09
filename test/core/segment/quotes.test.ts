import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/segment/analyse.js";
import { findQuotedRanges } from "../../../src/core/segment/quotes.js";

const inner = (t: string) =>
  findQuotedRanges(t, 0, t.length, [t.length]).map((r) => t.slice(r.innerStart, r.innerEnd));

describe("findQuotedRanges", () => {
  it("finds straight and curly, double and single quotations", () => {
    expect(inner(`He said "all is well" and ‘so it is’ and “more here”.`)).toEqual([
      "all is well",
      "so it is",
      "more here",
    ]);
  });

  it("does not take apostrophes for quotation marks", () => {
    expect(inner("The council’s plan and the leavers’ service aren't quoted.")).toEqual([]);
  });

  it("keeps single quotes nested in a double quotation inside it", () => {
    expect(inner(`"The 'summit meeting' is a positive development," the report said.`)).toEqual([
      "The 'summit meeting' is a positive development,",
    ]);
  });

  it("closes a quotation left open at the end of its sentence", () => {
    const t = "It said ”strategy meetings are prompt and effective. Then it added more.";
    const ends = [t.indexOf("effective.") + "effective.".length, t.length];
    const r = findQuotedRanges(t, 0, t.length, ends);
    expect(r.map((x) => t.slice(x.innerStart, x.innerEnd))).toEqual([
      "strategy meetings are prompt and effective.",
    ]);
    expect(r[0]?.unclosed).toBe(true);
  });
});

describe("analyseText attribution", () => {
  it("attributes to the regulator with 'said the report' after the quotation", () => {
    const a = analyseText(`"Staff are kind and caring," said the report.`);
    expect(a.quotes[0]?.speaker).toBe("regulator");
  });

  it("attributes a council leader's words to someone other than the regulator", () => {
    const a = analyseText(`Council leader Sam Green said: "We are proud of our staff and this result."`);
    expect(a.quotes[0]?.speaker).toBe("other");
  });

  it("takes the speaker from a lead-in paragraph ending with a colon, and continues it", () => {
    const t = `Jo Bloggs, Mayor of Eastbury, said:\n\n"This is a fantastic result for the whole borough.\n\n"It shows what our teams can achieve together."`;
    const a = analyseText(t);
    expect(a.quotes.map((q) => q.speaker)).toEqual(["other", "other"]);
  });

  it("quotes a multi-sentence passage as one quotation over several sentences", () => {
    const t = `"Plans are clear. Reviews are timely," the inspectors wrote.`;
    const a = analyseText(t);
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]?.sentences).toEqual([0, 1]);
  });

  it("treats one- and two-word scare quotes as terms, not quotations", () => {
    expect(analyseText("The service was rated ‘good’ for its ‘drop in’ offer.").quotes).toEqual([]);
  });
});
