import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWhiteSpaceCode, splitsIntoAtLeast } from "../../../src/core/text/whiteSpace.js";

describe("isWhiteSpaceCode", () => {
  it("is exactly the white space of the \\s class, over the whole basic plane", () => {
    for (let c = 0; c <= 0xffff; c++) expect(isWhiteSpaceCode(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe("splitsIntoAtLeast", () => {
  it("counts the pieces split(/\\s+/) makes, empty ends included", () => {
    expect(splitsIntoAtLeast("Staff know the children well.", 4)).toBe(true);
    expect(splitsIntoAtLeast("Staff know children.", 4)).toBe(false);
    expect(splitsIntoAtLeast(" Staff know children.", 4)).toBe(true);
    expect(splitsIntoAtLeast("Staff\u00a0know\n\nthe\tchildren", 4)).toBe(true);
    expect(splitsIntoAtLeast("", 1)).toBe(true);
    expect(splitsIntoAtLeast("", 2)).toBe(false);
  });

  it("agrees with split on any text of words, spaces and line breaks", () => {
    const piece = fc.constantFrom("a", "word", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\ufeff", ".", "é");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 0, max: 12 }), (parts, n) => {
        const text = parts.join("");
        expect(splitsIntoAtLeast(text, n)).toBe(text.split(/\s+/).length >= n);
      }),
    );
  });
});
