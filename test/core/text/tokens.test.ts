import { describe, expect, it } from "vitest";
import { hasToken, tokenize } from "../../../src/core/text/tokens.js";

describe("tokenize", () => {
  it("gives words with offsets, norms and stems, hyphens splitting and apostrophes kept", () => {
    const toks = tokenize("The children’s up-to-date plans");
    expect(toks.map((t) => t.norm)).toEqual(["the", "children's", "up", "to", "date", "plans"]);
    expect(toks[1]).toMatchObject({ start: 4, end: 14 });
    expect(toks[5]?.stem).toBe("plan");
  });

  it("reads only the range asked for, with offsets into the whole text", () => {
    const text = "Leaders know their services well.";
    expect(tokenize(text, 8, 18).map((t) => [t.norm, t.start])).toEqual([
      ["know", 8],
      ["their", 13],
    ]);
  });

  it("hands a text tokenised again the same frozen tokens, which no reader can change", () => {
    const text = "Managers review every referral within a day.";
    const first = tokenize(text);
    const again = tokenize(text);
    expect(again).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
    expect(() => (first as unknown as string[]).push("x")).toThrow(TypeError);
  });

  it("tokenises a long text whole and correctly without keeping it", () => {
    const long = "word ".repeat(1_000);
    const toks = tokenize(long);
    expect(toks).toHaveLength(1_000);
    expect(tokenize(long)).not.toBe(toks);
    expect(toks[999]).toMatchObject({ start: 4_995, end: 4_999, norm: "word" });
  });
});

describe("hasToken", () => {
  it("says whether tokenize(text, from, to) has a token", () => {
    const text = "“ ” Leaders’ plans… — “good” 12 a-b ‘’ end";
    for (let from = 0; from <= text.length; from++)
      for (let to = from; to <= text.length; to++)
        expect(hasToken(text, from, to)).toBe(tokenize(text, from, to).length > 0);
  });
});
