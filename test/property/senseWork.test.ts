/**
 * Work that must grow linearly with a hostile sentence, counted rather than timed (the count does not
 * depend on the machine's load): how many words the synonym senses are looked up for
 * (text/synonyms.ts tokenSenses, the costliest step of aligning a sentence). A sentence that quotes
 * many short terms used to weigh its whole self against the letter once per term and per letter
 * sentence holding it — quadratic in its length. Each grammar is measured at n and 2n pieces; the
 * count may at most double, plus slack for the fixed work of the letter.
 */
import { describe, expect, it, vi } from "vitest";

const sensed = vi.hoisted(() => ({ words: 0 }));
vi.mock("../../src/core/text/synonyms.js", async (original) => {
  const real = await original<typeof import("../../src/core/text/synonyms.js")>();
  return {
    ...real,
    tokenSenses: (tokens: Parameters<typeof real.tokenSenses>[0]) => {
      sensed.words += tokens.length;
      return real.tokenSenses(tokens);
    },
  };
});
const { compare } = await import("../../src/core/compare.js");

const LETTER = {
  source: "letter.txt",
  format: "text" as const,
  text: [
    "Leaders have opened a ‘step-down’ unit for older patients, and staff describe it as good.",
    "The provider said the service is good, and inspectors said leaders know their services well.",
    "Inspectors found that the quality of plans is good but not yet consistent.",
  ].join(" "),
};

/** Words sensed while comparing `text` with the letter (the letter's own work included). */
function wordsSensed(text: string): number {
  sensed.words = 0;
  compare(LETTER, [{ source: "press.txt", format: "text", text }]);
  return sensed.words;
}

const GRAMMARS: Array<[string, (n: number) => string]> = [
  ["curly-quoted terms", (n) => "“good” ‘said’ ".repeat(n)],
  [
    "one quoted term again and again",
    (n) => `Inspectors said the ${"‘step-down’ unit and the ".repeat(n)}wards.`,
  ],
  ["different quoted terms", (n) => Array.from({ length: n }, (_, i) => `‘term${i}’ and ‘good’ `).join("")],
  ["short sentences with a quoted term", (n) => "The ‘step-down’ unit is good for patients. ".repeat(n)],
];

describe("work per hostile sentence", () => {
  for (const [name, make] of GRAMMARS) {
    it(`grows linearly for ${name}`, () => {
      const base = wordsSensed("");
      const at = (n: number) => wordsSensed(make(n)) - base;
      const [small, large] = [at(30), at(60)];
      expect(small).toBeGreaterThan(0);
      expect(large / small, `${small} words sensed at 30 pieces, ${large} at 60`).toBeLessThanOrEqual(2.3);
    });
  }
});
