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

// pressDate finds a "Posted on …" line by one scan instead of splitting and trimming every line; on
// random texts of such lines, datelines, prose and white space it gives what the split gave.
describe("pressDate without splitting the whole text", () => {
  const DATELINE_AS_BEFORE =
    /^(?:(?:posted|published|updated|issued)(?:\s+on)?[:\s]+)?(?:\w+day,?\s+)?\S.{0,60}$/i;
  function pressDateBySplit(text: string, headerLines = 12): number | undefined {
    const lines = text.split("\n").map((l) => l.trim());
    const isDateline = (l: string) =>
      DATELINE_AS_BEFORE.test(l) &&
      l.split(/\s+/).length <= 12 &&
      datesIn(l).length === 1 &&
      !/[.!?]["”’]?$/.test(l.replace(/\d{4}\.?$/, ""));
    const head = lines.slice(0, headerLines).find(isDateline);
    const posted = lines.find(
      (l) => /^(?:posted|published|updated|issued)\b/i.test(l) && datesIn(l).length === 1,
    );
    const line = head ?? posted;
    return line ? datesIn(line)[0] : undefined;
  }
  const pieces = [
    "A council was told to improve its services.",
    "Posted on Monday 3rd March 2025",
    "  published 4 May 2024 at 10am",
    "\tUpdated: 1 June 2023, 2 June 2023",
    "Issued 12 July 2022.",
    "postedon 5 May 2020",
    "12 May 2023",
    "By A Reporter",
    "",
    " \t ",
    "\r",
    "Posted\r 6 June 2021",
  ];
  it("gives the same date as splitting every line", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let n = 0; n < 2000; n++) {
      const count = 1 + Math.floor(next() * 30);
      const text = Array.from({ length: count }, () => pieces[Math.floor(next() * pieces.length)]).join("\n");
      expect(pressDate(text)).toBe(pressDateBySplit(text));
    }
  });
});
