import { describe, expect, it } from "vitest";
import { earlierFigures, findNumberMismatch } from "../../../src/core/judge/numbers.js";

describe("the figure a change started from", () => {
  const letter = "The share of repairs completed on time fell from 82% in 2021 to 57% in 2023.";

  it("knows the starting figure of a from-to change", () => {
    expect(earlierFigures(letter)).toEqual(["82%"]);
    expect(earlierFigures("On-time repairs stand at 57%, against a target of 90%.")).toEqual([]);
  });

  it("flags the old figure given as the present state", () => {
    expect(findNumberMismatch("Around four in five repairs are completed on time.", [letter])).toMatch(/57%/);
  });

  it("accepts the current figure, and the old one told as history", () => {
    expect(findNumberMismatch("Only 57% of repairs are completed on time.", [letter])).toBeUndefined();
    expect(findNumberMismatch("In 2021, 82% of repairs were completed on time.", [letter])).toBeUndefined();
    expect(findNumberMismatch("On-time repairs fell from 82% to 57%.", [letter])).toBeUndefined();
  });
});
