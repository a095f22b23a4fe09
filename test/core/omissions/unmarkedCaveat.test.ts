import { describe, expect, it } from "vitest";
import { isUnmarkedCaveat } from "../../../src/core/omissions/unmarkedCaveat.js";
import type { LetterFinding } from "../../../src/core/types.js";

let at = 0;
/** An invented letter sentence with its polarity, in the body section. */
function finding(text: string, polarity: LetterFinding["polarity"], kind: "body" | "summary" = "body") {
  const f: LetterFinding = {
    index: at,
    start: at * 100,
    end: at * 100 + text.length,
    text,
    polarity,
    section: { kind },
  };
  at++;
  return f;
}

describe("a turn to a shortfall in plain words is a critical finding for the omission list", () => {
  it("takes 'However, …' after praise or a plain statement", () => {
    const praise = finding("Care plans are detailed and up to date.", "positive");
    expect(
      isUnmarkedCaveat(
        finding("However, the views of fathers are often missing from plans.", "neutral"),
        praise,
      ),
    ).toBe(true);
    const plain = finding("Letters are sent to parents before a meeting.", "neutral");
    expect(
      isUnmarkedCaveat(
        finding("But these letters are written in words that parents find hard to follow.", "neutral"),
        plain,
      ),
    ).toBe(true);
  });

  it("leaves a turn back to praise, a turn after criticism and a short aside alone", () => {
    const praise = finding("Care plans are detailed and up to date.", "positive");
    expect(
      isUnmarkedCaveat(
        finding("However, leaders have acted quickly and effectively on this.", "neutral"),
        praise,
      ),
    ).toBe(false);
    const criticism = finding("Caseloads are too high in two teams.", "critical");
    expect(
      isUnmarkedCaveat(
        finding("However, leaders have recruited six new social workers.", "neutral"),
        criticism,
      ),
    ).toBe(false);
    expect(isUnmarkedCaveat(finding("However, this is new.", "neutral"), praise)).toBe(false);
  });

  it("reads only sentences the lexicon found neutral, and only within one section", () => {
    const praise = finding("Care plans are detailed and up to date.", "positive", "summary");
    expect(
      isUnmarkedCaveat(
        finding("However, the views of fathers are often missing from plans.", "neutral"),
        praise,
      ),
    ).toBe(false);
    const before = finding("Care plans are detailed and up to date.", "positive");
    expect(isUnmarkedCaveat(finding("However, reviews are not always timely.", "critical"), before)).toBe(
      false,
    );
    expect(
      isUnmarkedCaveat(finding("Reviews take place every six weeks in most teams.", "neutral"), before),
    ).toBe(false);
  });
});
