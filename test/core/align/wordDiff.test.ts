import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { typographic, wordDiff } from "../../../src/core/align/wordDiff.js";

/** typographic as it was written first: every replacement made whatever the text. */
const replacedAlways = (s: string) =>
  s
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim();

describe("typographic", () => {
  it("makes quote marks, dashes and white space uniform", () => {
    expect(typographic(" “Good”  progress—at last ")).toBe('"Good" progress-at last');
    expect(typographic("Leaders\u00a0act ‘quickly’.")).toBe("Leaders act 'quickly'.");
  });

  it("leaves plain text as it is", () => {
    const plain = "Staff know the pupils well.";
    expect(typographic(plain)).toBe(plain);
  });

  it("gives what the replacements give, on random texts", () => {
    const piece = fc.constantFrom(
      "a",
      "word",
      " ",
      "  ",
      "\n",
      "\t",
      "\u00a0",
      "‘",
      "’",
      "`",
      "“",
      "”",
      "—",
      "–",
      "-",
      ".",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        expect(typographic(text)).toBe(replacedAlways(text));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });
});

describe("wordDiff", () => {
  it("diffs the letter's words to the press's, typography aside", () => {
    expect(wordDiff("Leaders act ‘quickly’.", "Leaders act 'very quickly'.")).toEqual([
      { op: "equal", text: "Leaders act '" },
      { op: "insert", text: "very " },
      { op: "equal", text: "quickly'." },
    ]);
  });

  it("gives the same diff when the letter's text was read for an earlier one", () => {
    const letter = "Leaders  act ‘quickly’ — most of the time.";
    const first = wordDiff(letter, "Leaders act quickly.");
    wordDiff(letter, "Staff act slowly.");
    expect(wordDiff(letter, "Leaders act quickly.")).toEqual(first);
    expect(wordDiff(`${letter} `, "Leaders act quickly.")).toEqual(first);
  });
});
