import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/segment/analyse.js";

describe("analyseText: quotations and quoted terms", () => {
  const quotedOf = (text: string) => {
    const a = analyseText(text);
    return {
      quotes: a.quotes.map((q) => q.inner.text),
      terms: a.terms.map((t) => text.slice(t.start, t.end)),
    };
  };

  it("checks a quotation of three words or more, and keeps a shorter one as a term", () => {
    expect(quotedOf("The council called its new hub a ‘step-down’ service.")).toEqual({
      quotes: [],
      terms: ["step-down"],
    });
    expect(quotedOf("The report said care plans were “reviewed every month” by managers.")).toEqual({
      quotes: ["reviewed every month"],
      terms: [],
    });
  });

  it("counts only runs holding a letter or digit as words, across any white space", () => {
    // Two words and a dash: a term. Two words and a figure: a quotation.
    expect(quotedOf("Leaders promised a “quick – fix” for the unit.").terms).toEqual(["quick – fix"]);
    expect(quotedOf("Leaders promised “2\u00a0new\tposts” for the unit.").quotes).toEqual([
      "2\u00a0new\tposts",
    ]);
  });
});
