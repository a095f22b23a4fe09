import { describe, expect, it } from "vitest";
import { isAmountToken, sourceWordsOf } from "../../../src/core/align/sourceWords.js";
import { tokenize } from "../../../src/core/text/tokens.js";

describe("sourceWordsOf", () => {
  it("offers every stem and sense of a letter sentence, and says whether it states an amount", () => {
    const words = sourceWordsOf(tokenize("Nearly half of the pupils had nowhere to live."));
    expect(words.keys.has("pupil")).toBe(true);
    expect([...words.keys].some((k) => k.startsWith("~"))).toBe(true);
    expect(words.statesAmount).toBe(true);
    expect(sourceWordsOf(tokenize("Leaders know their services well.")).statesAmount).toBe(false);
    expect(sourceWordsOf(tokenize("Leaders have met 12 families.")).statesAmount).toBe(true);
  });

  it("reads a sentence's tokens once", () => {
    const toks = tokenize("Staff respond quickly at night.");
    expect(sourceWordsOf(toks)).toBe(sourceWordsOf(toks));
  });
});

describe("isAmountToken", () => {
  it("knows fractions and approximators, not other words", () => {
    const [nearly, half, of] = tokenize("nearly half of");
    expect(nearly && isAmountToken(nearly)).toBe(true);
    expect(half && isAmountToken(half)).toBe(true);
    expect(of && isAmountToken(of)).toBe(false);
  });
});
