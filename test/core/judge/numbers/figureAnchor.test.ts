import { describe, expect, it } from "vitest";
import { findingsOf } from "../../../fixtures/judgeAgainst.js";

/** An invented fire and rescue inspection letter with figures in per cent. */
const FIRE_LETTER = [
  "Dear Chief Fire Officer",
  "Crews reached 87% of house fires within ten minutes. Around 22% of home safety visits were cancelled at short notice. Staff told us that training is good.",
  "In our staff survey, 41% of firefighters said they had seen bullying at work.",
  "Yours sincerely",
].join("\n\n");

const first = (press: string) => findingsOf(FIRE_LETTER, press)[0];

describe("a figure restated in words is aligned with the letter's figure", () => {
  it("finds the source of 'nearly one in five' for 22% and 'more than two in five' for 41%", () => {
    const fifth = first("Nearly one in five safety visits were cancelled.");
    expect(fifth?.kind).toBe("paraphrase");
    expect(fifth?.letter[0]?.text).toMatch(/22% of home safety visits/);
    const tenths = first("More than two in five firefighters had seen bullying.");
    expect(tenths?.kind).toBe("paraphrase");
    expect(tenths?.letter[0]?.text).toMatch(/41% of firefighters/);
  });

  it("gives no source through a figure the letter's does not fit", () => {
    // "fewer than one in ten" cannot be 22%: the figure set aside no longer makes a restatement
    const wrong = first("Fewer than one in ten safety visits were cancelled.");
    expect(wrong?.kind).not.toBe("paraphrase");
  });
});

describe("two figures that each fit their own letter figure", () => {
  const letter = [
    "Dear Director",
    "The share of lessons taught by supply teachers has dropped from 31% to 14% since the autumn. Leaders have recruited six new teachers.",
    "Yours sincerely",
  ].join("\n\n");

  it("restate the finding with few shared words", () => {
    const f = findingsOf(letter, "Supply staff now take 14% of lessons, down from 31%.")[0];
    expect(f?.kind).toBe("paraphrase");
    expect(f?.letter[0]?.text).toMatch(/dropped from 31% to 14%/);
  });

  it("but not when one figure is not the letter's", () => {
    const f = findingsOf(letter, "Supply staff now take 24% of lessons, down from 31%.")[0];
    expect(f?.kind).not.toBe("paraphrase");
  });
});

describe("a survey result told as what the people counted said", () => {
  const letter = [
    "Dear Chief Executive",
    "Repairs are now completed faster. Despite this, complaints about damp remained high, and in our survey 38% of tenants said they felt unsafe in the stairwells.",
    "Yours sincerely",
  ].join("\n\n");

  it("restates the letter's figure of the same people", () => {
    const f = findingsOf(letter, "But nearly two in five tenants said they felt unsafe.")[0];
    expect(f?.kind).toBe("paraphrase");
    expect(f?.letter[0]?.text).toMatch(/38% of tenants/);
  });

  it("not with a figure that does not fit, or with only the people in common", () => {
    expect(findingsOf(letter, "But nearly half of tenants said they felt unsafe.")[0]?.kind).not.toBe(
      "paraphrase",
    );
    expect(findingsOf(letter, "But nearly two in five tenants said they were happy.")[0]?.kind).not.toBe(
      "paraphrase",
    );
  });
});
