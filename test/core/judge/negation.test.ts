import { describe, expect, it } from "vitest";
import { findReversal, hasNegation } from "../../../src/core/judge/negation.js";

const spanOf = (letter: string, from: string, to: string) => ({
  start: letter.indexOf(from),
  end: letter.indexOf(to) + to.length,
});

describe("findReversal", () => {
  const letter = "Pupils did not always receive feedback on their writing, and no complaints were made.";

  it("finds a negation inside the matched words that the press drops", () => {
    const reason = findReversal("Pupils receive feedback on their writing.", letter, [
      spanOf(letter, "Pupils", "writing"),
    ]);
    expect(reason).toMatch(/did not always/);
  });

  it("ignores a negation in a neighbouring clause", () => {
    expect(
      findReversal(
        "Pupils receive feedback on their writing.",
        "Pupils receive feedback on their writing, and no complaints were made.",
        [{ start: 0, end: "Pupils receive feedback on their writing".length }],
      ),
    ).toBeUndefined();
  });

  it("ignores a negation before the shared words (a double negative restated positively)", () => {
    const l = "No child was left at risk of harm.";
    expect(
      findReversal("Children were kept safe from harm.", l, [spanOf(l, "child", "child")]),
    ).toBeUndefined();
  });

  it("is silent when the press keeps a negation or reports a need", () => {
    const span = [spanOf(letter, "Pupils", "writing")];
    expect(
      findReversal("Pupils do not always receive feedback on their writing.", letter, span),
    ).toBeUndefined();
    expect(
      findReversal("Teachers need to ensure pupils receive feedback on their writing.", letter, span),
    ).toBeUndefined();
  });

  it("knows the common negations", () => {
    for (const t of ["never", "did not", "isn't", "too few", "fewer", "without"])
      expect(hasNegation(`x ${t} y`)).toBe(true);
    expect(hasNegation("notable knowledge")).toBe(false);
  });
});

describe("negative pronouns", () => {
  it("reads nowhere, nobody and nothing as negations", () => {
    for (const t of ["nowhere to live", "nobody checked", "nothing was recorded"])
      expect(hasNegation(t)).toBe(true);
  });
});
