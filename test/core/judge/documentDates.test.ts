import { describe, expect, it } from "vitest";
import { datedBeforeLetter, datesIn, letterDate, pressDate } from "../../../src/core/judge/documentDates.js";

const LETTER =
  "Care Quality Commission\n\nDate of inspection: 3 to 5 September 2025\nDate of publication: 28 October 2025\n\nSummary\n\nStaff were kind.";

describe("document dates", () => {
  it("reads dates in both orders and with ordinals", () => {
    expect(datesIn("on 17th January 2019 and March 5, 2020")).toHaveLength(2);
  });

  it("takes the letter's latest header date and the press dateline", () => {
    expect(letterDate(LETTER)).toBe(Date.UTC(2025, 9, 28) / 86_400_000);
    expect(pressDate("Local Echo\n\nBy A Reporter\n12 May 2023\n\nA hospital was told to improve.")).toBe(
      Date.UTC(2023, 4, 12) / 86_400_000,
    );
    expect(pressDate("A hospital was told to improve.\n\nPosted on Thursday 30th October 2025")).toBe(
      Date.UTC(2025, 9, 30) / 86_400_000,
    );
  });

  it("says when an article is dated before the letter, and allows a release on the day", () => {
    expect(datedBeforeLetter("News\n12 May 2023\n\nThe ward was rated inadequate.", LETTER)).toMatch(
      /2023-05-12/,
    );
    expect(
      datedBeforeLetter("Press release, 28 October 2025\n\nWe welcome the report.", LETTER),
    ).toBeUndefined();
    expect(
      datedBeforeLetter("The report, published on 28 October 2025, praised staff.", LETTER),
    ).toBeUndefined();
  });
});
