import { describe, expect, it } from "vitest";
import { earlierYearOf, letterYear } from "../../../src/core/judge/earlierDocument.js";
import { findingsOf } from "../../fixtures/judgeAgainst.js";

// An invented letter of a 2024 inspection and invented coverage.
const LETTER = [
  "Inspection of Dunmore youth justice service",
  "Inspection dates: 4 to 15 March 2024",
  "",
  "Leaders have acted on the concerns raised in 2021. Young people who offend receive timely help from a stable team of case workers.",
  "Some plans are not reviewed often enough.",
  "",
].join("\n");

const kindOf = (article: string, needle: string) =>
  findingsOf(LETTER, article).find((f) => f.press.text.includes(needle));

describe("earlierYearOf (a sentence placed in an earlier year)", () => {
  it("reads an opening time phrase earlier than the inspection", () => {
    expect(letterYear(LETTER)).toBe(2024);
    expect(earlierYearOf("In November 2019, the inspectors found plans were weak.", 2024)).toBe(2019);
    expect(earlierYearOf("Back in 2018, the service was criticised.", 2024)).toBe(2018);
  });

  it("leaves the current year, sentences back in the present, and years elsewhere alone", () => {
    expect(earlierYearOf("In March 2024, inspectors visited.", 2024)).toBeUndefined();
    expect(earlierYearOf("In 2019 it was weak; now it is much better.", 2024)).toBeUndefined();
    expect(earlierYearOf("Inspectors found the 2019 plan had been dropped.", 2024)).toBeUndefined();
  });
});

describe("whoseWords (words of another document or another speaker)", () => {
  it("does not judge an earlier report's quotations against this letter, even words it shares", () => {
    const f = kindOf(
      'In October 2020, the inspectors found young people were "left without any help for months".',
      "left without",
    );
    expect(f?.kind).toBe("not-checked");
    expect(f?.reason).toMatch(/earlier report or inspection \(2020\)/);
    const shared = kindOf('In 2021, the regulator said young people "receive timely help".', "timely help");
    expect(shared?.kind).toBe("not-checked");
  });

  it("still checks the same quotation when it is dated now", () => {
    const f = kindOf('The inspectors found young people "receive timely help".', "timely help");
    expect(f?.kind).toBe("quote-exact");
  });

  it("sets aside an official's own word or two about the report", () => {
    const f = kindOf(
      'The service manager said the report on the timely help young people receive from a stable team of case workers was "brilliant".',
      "brilliant",
    );
    expect(f?.kind).toBe("not-checked");
    expect(f?.reason).toMatch(/speaker's own view/);
  });

  it("keeps a quoted grade a claim, whoever reports it", () => {
    const f = kindOf("The council said its team of case workers had been rated 'good'.", "rated");
    expect(f?.reason ?? "").not.toMatch(/speaker's own view/);
  });

  it("sets aside a regulator official's press-statement words the report lacks, keeping the clause with them", () => {
    const article =
      "“This inspection shows how far the service has come,” the inspectorate’s regional director said, adding: “Young people who offend receive timely help.”";
    const fs = findingsOf(LETTER, article);
    const first = fs.find((f) => f.press.text.includes("how far"));
    expect(first?.kind).toBe("not-checked");
    expect(first?.reason).toMatch(/press statement/);
    expect(first?.press.text).toMatch(/director said, adding: $/);
    expect(fs.find((f) => f.press.text.includes("timely help"))?.kind).toBe("quote-exact");
  });
});
