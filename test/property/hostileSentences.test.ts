/**
 * Hostile sentences from the grammar of the rules (issue 13): repeated auxiliaries, trigger verbs,
 * grade words, quote marks, determiners, digits and percent signs, contrasts and runs of white space,
 * each piece repeated up to 60 times. Every comparison must finish within a very generous time per
 * character — 1 s plus 5 ms a character, fifty times what a normal sentence needs on a loaded 2-core
 * machine — so that only super-linear work (the exponential "had been" pattern took 3 s on 230
 * characters) fails it. Fixed seed: the same inputs every run.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare } from "../../src/core/compare.js";

const SEED = 13;
const LETTER = {
  source: "letter.txt",
  format: "text" as const,
  text: "Leaders have improved the quality of plans. The school requires improvement to be good. Inspectors found that 45% of pupils were absent, compared with 9% nationally. However, not all children are seen quickly enough.",
};

const PIECES = [
  "had been ",
  "has been ",
  "was ",
  "is ",
  "rated ",
  "judged ",
  "remained ",
  "stays ",
  "found to be ",
  "told that the council is ",
  "good ",
  "outstanding ",
  "requires improvement to be good ",
  "inadequate ",
  "poor ",
  "the ",
  "his\tg ",
  "us ",
  "as ",
  "to be ",
  "“",
  "”",
  '"',
  "‘",
  "’ ",
  "' ",
  "Inspectors said “",
  "Ofsted said ",
  "12% ",
  "1234567890",
  "per cent ",
  ", ",
  "; ",
  "not yet ",
  "but ",
  "however, ",
  " ",
  "   ",
  "\t",
  "\n",
  "… ",
  "Mr. ",
  "which ",
  "since it was rated inadequate in 2019 ",
];

const run = fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: 60 }));
const sentence = fc
  .array(run, { minLength: 1, maxLength: 12 })
  .map((runs) => runs.map(([piece, n]) => piece.repeat(n)).join(""));

describe("hostile sentences", () => {
  it("are compared within a generous time per character", () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const started = performance.now();
        compare(LETTER, [{ source: "press.txt", format: "text", text }]);
        const ms = performance.now() - started;
        expect(ms, `${text.length} characters: ${JSON.stringify(text.slice(0, 120))}…`).toBeLessThan(
          1000 + 5 * text.length,
        );
      }),
      { seed: SEED, numRuns: 60 },
    );
  }, 600_000);
});
