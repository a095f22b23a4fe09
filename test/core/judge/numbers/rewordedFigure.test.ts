import { describe, expect, it } from "vitest";
import { rewordsFigure } from "../../../../src/core/judge/numbers/rewordedFigure.js";

describe("rewordsFigure", () => {
  const letter = ["In a survey of members, 58 percent said they would renew their membership."];
  it("a fraction or hedged figure for the letter's stated share", () => {
    expect(rewordsFigure("Nearly six in ten members said they would renew their membership.", letter)).toBe(
      true,
    );
    expect(rewordsFigure("Well over half of members said they would renew.", letter)).toBe(true);
  });
  it("not the letter's figure itself, a figure that does not fit, or no figure", () => {
    expect(rewordsFigure("58 percent of members said they would renew their membership.", letter)).toBe(
      false,
    );
    expect(rewordsFigure("Nearly a third of members said they would renew.", letter)).toBe(false);
    expect(rewordsFigure("Members said they would renew their membership.", letter)).toBe(false);
  });
});
