import { describe, expect, it } from "vitest";
import { containsWords } from "../../../src/core/text/containsWords.js";

describe("containsWords", () => {
  it("finds the needle only as whole words", () => {
    expect(containsWords("the service is weak in places", "weak")).toBe(true);
    expect(containsWords("the service is weakened", "weak")).toBe(false);
    expect(containsWords("a tweak here", "weak")).toBe(false);
    expect(containsWords("judged requires improvement.", "requires improvement")).toBe(true);
    expect(containsWords("weak2 weak", "weak")).toBe(true);
  });

  it("is exact: the caller folds case; an empty needle is in nothing", () => {
    expect(containsWords("Weak leadership", "weak")).toBe(false);
    expect(containsWords("Weak leadership".toLowerCase(), "weak")).toBe(true);
    expect(containsWords("anything", "")).toBe(false);
  });
});
