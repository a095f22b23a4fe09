import { describe, expect, it } from "vitest";
import { findHedges } from "../../../src/core/judge/hedges.js";
import { findingsOf } from "../../fixtures/judgeAgainst.js";

const LETTER =
  "Dear Chief Officer\n\nNight-time staffing levels did not always meet people's needs. We found examples where families waited many weeks for an assessment.\n\nYours sincerely";

describe("frequency limits", () => {
  it("flags criticism made absolute: 'did not always meet' reported as 'did not meet'", () => {
    const [f] = findingsOf(
      LETTER,
      "Inspectors found night-time staffing levels did not meet people's needs.",
    );
    expect(f?.kind).toBe("overstated");
    expect(f?.reason).toMatch(/not always/);
  });

  it("flags 'examples where' reported as 'in every case'", () => {
    const [f] = findingsOf(
      LETTER,
      "Families waited many weeks for an assessment in every case, the report found.",
    );
    expect(f?.kind).toBe("overstated");
    expect(f?.reason).toMatch(/examples where/);
  });

  it("is silent when the press keeps the limit", () => {
    const [f] = findingsOf(
      LETTER,
      "Night-time staffing levels did not always meet people's needs, inspectors said.",
    );
    expect(f?.kind).not.toBe("overstated");
  });
});

describe("findHedges", () => {
  it("reads a conditional need as no hedge, in any case, and finds the hedges of a text without one", () => {
    const conditional = findHedges("Pain relief is given AS NEEDED and some records are late.");
    expect(conditional.map((h) => h.cls)).toEqual(["quantity"]);
    const shortfall = findHedges("Further work is needed, and several plans are not yet in place.");
    expect(shortfall.map((h) => h.phrase.toLowerCase())).toEqual(
      expect.arrayContaining(["several", "not yet"]),
    );
    expect(shortfall.some((h) => h.cls === "need")).toBe(true);
    const plain = findHedges("Leaders are beginning to improve most plans.", 10);
    expect(plain.map((h) => [h.phrase, h.start])).toEqual([
      ["beginning to", 12],
      ["most", 33],
    ]);
  });
});

describe("the top of the proportion scale", () => {
  const letter =
    "Dear Ms Rhys\n\nAlmost all residents take part in the weekly music sessions. The garden is well kept.\n\nYours sincerely";

  it("reads 'nearly all' and 'almost all' as a limit", () => {
    expect(findHedges("Nearly all learners attend well.").map((h) => h.phrase)).toContain("Nearly all");
    expect(findHedges("All learners attend well.")).toEqual([]);
  });

  it("calls 'almost all' reported as 'all' overstated, and keeps it when the press keeps it", () => {
    const [f] = findingsOf(letter, "Inspectors said all residents take part in the weekly music sessions.");
    expect(f?.kind).toBe("overstated");
    expect(f?.reason).toMatch(/Almost all/);
    const [g] = findingsOf(
      letter,
      "Inspectors said almost all residents take part in the weekly music sessions.",
    );
    expect(g?.kind).not.toBe("overstated");
  });
});
