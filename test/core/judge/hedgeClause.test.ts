import { describe, expect, it } from "vitest";
import { clausesOf, hedgeConcernsPress } from "../../../src/core/judge/hedgeClause.js";

const LETTER =
  "Staff did not always update the plans, and in two cases the family was not told of the change.";
const hedge = { start: LETTER.indexOf("not always"), end: LETTER.indexOf("not always") + 10 };

describe("clausesOf", () => {
  it("splits at a comma or semicolon before a conjunction, and at a bare semicolon", () => {
    const text = "Rooms were clean, but some were cold; meals were hot, although late.";
    expect(clausesOf(text, 0, text.length).map((c) => text.slice(c.start, c.end))).toEqual([
      "Rooms were clean",
      " but some were cold",
      " meals were hot",
      " although late.",
    ]);
  });
  it("keeps a sentence without a clause break whole", () => {
    const text = "When pupils arrive, staff greet them warmly.";
    expect(clausesOf(text, 0, text.length)).toEqual([{ start: 0, end: text.length }]);
  });
});

describe("hedgeConcernsPress", () => {
  it("is false when the press restates only another clause", () => {
    const press = "In two cases the family was not told of the change, the report says.";
    expect(hedgeConcernsPress(press, LETTER, 0, LETTER.length, hedge)).toBe(false);
  });
  it("is true when the press restates the hedge's own clause", () => {
    const press = "Staff did not update the plans, inspectors found.";
    expect(hedgeConcernsPress(press, LETTER, 0, LETTER.length, hedge)).toBe(true);
  });
  it("is true for a single-clause region", () => {
    const one = "Staff did not always update the plans.";
    expect(hedgeConcernsPress("Plans were late.", one, 0, one.length, { start: 10, end: 20 })).toBe(true);
  });
});
