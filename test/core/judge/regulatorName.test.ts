import { describe, expect, it } from "vitest";
import { regulatorNameSpans } from "../../../src/core/judge/context.js";
import { stemWord } from "../../../src/core/text/stem.js";
import { isContentToken, tokenize } from "../../../src/core/text/tokens.js";
import { findingsOf } from "../../fixtures/judgeAgainst.js";

const names = (t: string) => regulatorNameSpans(t).map((s) => t.slice(s.start, s.end));

describe("regulatorNameSpans", () => {
  it("finds a regulator's full name with its acronym", () => {
    expect(names("Her Majesty's Inspectorate of Prisons (HMIP) said the jail was unsafe.")).toEqual([
      "Her Majesty's Inspectorate of Prisons (HMIP)",
    ]);
    expect(names("The Care Quality Commission (CQC) published its report.")).toEqual([
      "The Care Quality Commission (CQC)",
    ]);
    expect(names("It was inspected by the Care Inspectorate in May.")).toEqual(["the Care Inspectorate"]);
  });

  it("finds nothing in a sentence without one", () => {
    expect(names("The council's children's services have improved.")).toEqual([]);
  });
});

describe("numbers", () => {
  it("reads number words as digits and 'per cent' as the number's unit", () => {
    expect(stemWord("ten")).toBe("10");
    expect(
      tokenize("62 per cent")
        .filter(isContentToken)
        .map((t) => t.norm),
    ).toEqual(["62"]);
  });
});

describe("a claim that names the regulator in full", () => {
  it("is judged on what it says, not on the words of the regulator's name", () => {
    const letter =
      "Dear Chief Constable\n\nIn the year to June 2024, the force answered 62 percent of 999 calls within ten seconds, against a national standard of 90 percent.\n\nYours sincerely";
    const [f] = findingsOf(
      letter,
      "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) found the force answered 62 per cent of 999 calls within 10 seconds.",
    );
    expect(["copied", "paraphrase"]).toContain(f?.kind);
  });
});
