import { describe, expect, it } from "vitest";
import { clauseRanges, sourceableClauses } from "../../../src/core/align/clauses.js";
import { isContentToken, tokenize } from "../../../src/core/text/tokens.js";
import { findingsOf } from "../../fixtures/judgeAgainst.js";

const cut = (t: string) => clauseRanges(t).map((r) => t.slice(r.start, r.end));

describe("clauseRanges", () => {
  it("cuts at joins that introduce a new proposition", () => {
    expect(cut("The home was rated weak after inspectors found broken windows.")).toEqual([
      "The home was rated weak",
      "after inspectors found broken windows.",
    ]);
    expect(cut("The trust was rated good, with inspectors praising its maternity unit.")).toEqual([
      "The trust was rated good",
      "with inspectors praising its maternity unit.",
    ]);
  });

  it("leaves a simple sentence whole", () => {
    expect(cut("Staff are kind and the home is clean.")).toEqual(["Staff are kind and the home is clean."]);
  });
});

describe("sourceableClauses", () => {
  const clauses = (t: string) => sourceableClauses(t, tokenize(t), isContentToken).length;
  it("offers the clauses beside a rating frame", () => {
    expect(
      clauses(
        "The ward has been rated requires improvement after inspectors found that patients waited too long for pain relief.",
      ),
    ).toBe(1);
  });
  it("offers none when another clause makes a claim of its own", () => {
    expect(
      clauses(
        "Inspectors told us the low grade was only down to bad luck with timing, as the new rota had just started.",
      ),
    ).toBe(0);
  });
});

describe("a long lead sentence", () => {
  const letter =
    "Dear Dr Patel\n\nPatients on high-risk medicines were not being monitored in line with national guidance. Reception staff were polite and helpful.\n\nYours sincerely";
  it("is sourced by its finding clause when the rest is the rating", () => {
    const [f] = findingsOf(
      letter,
      "A Lowbridge surgery has been rated requires improvement after inspectors found patients on high-risk medicines were not being monitored in line with national guidance.",
    );
    expect(["paraphrase", "copied"]).toContain(f?.kind);
    expect(f?.letter[0]?.text).toMatch(/high-risk medicines/);
  });
});
