import { wordDiff } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffTokens, joinDiffTokens } from "../../../src/core/align/diffTokens.js";

describe("diffTokens", () => {
  it("keeps white space on both sides of a word, as jsdiff does", () => {
    expect(diffTokens("Staff know  pupils.")).toEqual(["Staff ", " know  ", "  pupils", "."]);
    expect(diffTokens(" Leaders act")).toEqual([" Leaders ", " act"]);
    expect(diffTokens("   ")).toEqual(["   "]);
    expect(diffTokens("")).toEqual([]);
  });

  it("reads accented Latin letters as word letters, and an emoji as one mark", () => {
    expect(diffTokens("café naïve")).toEqual(["café ", " naïve"]);
    expect(diffTokens("good 👍 work")).toEqual(["good ", " 👍 ", " work"]);
  });

  it("gives jsdiff's tokens and joins them as jsdiff does, on random texts", () => {
    const piece = fc.constantFrom(
      ..."a B z 0 9 _ é Ö × ÷ ˇ ˘ ˝ ˞ ʰ Ḁ ỿ Ā - . , ' ’ “ ” … Ω ж 中 👍 \ud800 \udc00".split(" "),
      " ",
      "  ",
      "\t",
      "\n",
      "\u00a0",
      "\u2003",
      "\ufeff",
      "\u00ad",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const text = parts.join("");
        const tokens = diffTokens(text);
        expect(tokens).toEqual(wordDiff.tokenize(text));
        for (let from = 0; from <= tokens.length; from++)
          expect(joinDiffTokens(tokens.slice(from))).toBe(wordDiff.join(tokens.slice(from)));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
