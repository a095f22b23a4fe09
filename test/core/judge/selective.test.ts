import { describe, expect, it } from "vitest";
import { findingsOf } from "../../fixtures/judgeAgainst.js";

/** An invented inspection letter of a library service: strengths, each with the letter's own turn after it. */
const LIBRARY_LETTER = [
  "Dear Ms Hart",
  "Opening hours were extended in the spring and visitor numbers have grown since then. But the number of children joining the summer reading scheme was 12% of those eligible.",
  "Volunteers are trained before they start work, with a refresher session each autumn. Not all volunteers came this year.",
  "The home visiting team gives strong support to families whose children find it hard to attend school. However, it does not yet reach the villages in the north of the county.",
  "Staff in the branches are friendly and welcoming to every visitor. The café in the central library has new furniture and a wider menu.",
  "The reading groups have grown quickly. However, leaders have acted quickly and well to find more rooms for them.",
  "Yours sincerely",
].join("\n\n");

const flagsOf = (press: string) => findingsOf(LIBRARY_LETTER, press).flatMap((f) => f.flags);

describe("selective: the caveat is what the next sentence says, not its first word", () => {
  it("takes a turn the lexicon cannot read ('But the number …') as the caveat of the finding before it", () => {
    expect(
      flagsOf(
        "Inspectors found that visitor numbers have grown since opening hours were extended in the spring.",
      ),
    ).toContain("selective");
  });

  it("takes a limit on the same things ('Not all volunteers …') as the caveat", () => {
    expect(
      flagsOf(
        "Inspectors said volunteers are trained before they start work, with a refresher session each autumn.",
      ),
    ).toContain("selective");
  });

  it("takes praise the lexicon reads as critical for its clause about the people served, when the letter turns on it", () => {
    expect(flagsOf("Inspectors said the home visiting team gives strong support to families.")).toContain(
      "selective",
    );
  });

  it("does not flag a finding whose next sentence is a new topic, or a turn to more praise", () => {
    expect(
      flagsOf("Inspectors said staff in the branches are friendly and welcoming to every visitor."),
    ).not.toContain("selective");
    expect(flagsOf("Inspectors found that the reading groups have grown quickly.")).not.toContain(
      "selective",
    );
  });
});
