import { describe, expect, it } from "vitest";
import { partialMadeTotal, widenedScope } from "../../../src/core/judge/widenedScope.js";
import { findingsOf } from "../../fixtures/judgeAgainst.js";

describe("a finding widened to another scope", () => {
  it("finds a part of the letter's finding claimed of every part", () => {
    expect(
      widenedScope("Inspectors said pupils read fluently in every year group.", [
        "Pupils in the Reception class read fluently and with expression.",
      ]),
    ).toMatch(/Reception.*in every year/);
    expect(
      widenedScope("The report said medicines were well managed across all the wards.", [
        "In the surgical unit, medicines were well managed.",
      ]),
    ).toMatch(/surgical/);
  });

  it("leaves a letter finding that is already universal, or names the press's noun", () => {
    expect(
      widenedScope("Pupils read fluently in every year group.", [
        "Pupils in every year group read fluently.",
      ]),
    ).toBeUndefined();
    expect(
      widenedScope("Teaching is strong in all subjects.", [
        "Teaching is strong in most subjects we visited.",
      ]),
    ).toBeUndefined();
    expect(
      widenedScope("Staff are kind in every home.", ["Staff respond in a calm and kind way."]),
    ).toBeUndefined();
    expect(
      widenedScope("Pupils in Year 2 read fluently.", ["Pupils in Year 2 read fluently."]),
    ).toBeUndefined();
  });

  it("calls the widened restatement overstated", () => {
    const letter =
      "Dear Mrs Hart\n\nIn the sixth form, students receive clear guidance about university applications. Attendance is high.\n\nYours sincerely";
    const [f] = findingsOf(
      letter,
      "Inspectors said students in every year receive clear guidance about university applications.",
    );
    expect(f?.kind).toBe("overstated");
    expect(f?.reason).toMatch(/widens/);
  });
});

describe("partialMadeTotal: 'not … all' made 'not … any'", () => {
  const LETTER = [
    "Leaders have not made sure that fire drills are held for all residents on the upper floor.",
  ];
  it.each([
    "Fire drills had not been held for any of the residents on the upper floor.",
    "None of the residents on the upper floor had taken part in a fire drill.",
  ])("finds %j overstated", (press) => expect(partialMadeTotal(press, LETTER)).toBeDefined());

  it.each([
    "Fire drills were not held for all residents on the upper floor.",
    "Some residents on the upper floor had not taken part in a fire drill.",
  ])("leaves %j alone", (press) => expect(partialMadeTotal(press, LETTER)).toBeUndefined());

  it("leaves a letter that itself says 'any' alone", () => {
    const total = [
      "Staff did not carry out any fire drills for residents on the upper floor in 2025, although not all floors need them.",
    ];
    expect(
      partialMadeTotal("Fire drills were not held for any of the residents on the upper floor.", total),
    ).toBeUndefined();
  });
});
