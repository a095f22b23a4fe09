import { describe, expect, it } from "vitest";
import { findingsOf } from "../../fixtures/judgeAgainst.js";
import { NURSERY_LETTER } from "../../fixtures/nurseryLetter.js";

describe("an unsupported claim's closest passage in the letter", () => {
  it("is the letter sentence its words line up with best, by offsets, with the share of its words", () => {
    const [f] = findingsOf(
      NURSERY_LETTER,
      "Ofsted said the nursery has an outstanding garden for the children.",
    );
    expect(f?.kind).toBe("unsupported");
    expect(f?.letter).toEqual([]);
    const c = f?.closest;
    expect(c).toBeDefined();
    if (!c) return;
    expect(NURSERY_LETTER.slice(c.letterStart, c.letterEnd)).toMatch(/^[A-Z].*\.$/);
    expect(c.similarity).toBeGreaterThan(0);
    expect(c.similarity).toBeLessThan(0.5);
  });

  it("is left off every finding that has a source or is no claim", () => {
    const found = [
      ...findingsOf(NURSERY_LETTER, "Inspectors found the nursery keeps children safe."),
      ...findingsOf(NURSERY_LETTER, "It is a lovely place for families in the town."),
    ];
    for (const f of found) expect(f.closest).toBeUndefined();
  });
});

describe("the rules that decided a finding", () => {
  it("are named on every finding", () => {
    const found = findingsOf(
      NURSERY_LETTER,
      "Inspectors found the nursery keeps children safe. It is a lovely place for families in the town.",
    );
    expect(found.map((f) => f.rules)).toEqual([["paraphrase"], ["not-a-claim"]]);
  });
});
