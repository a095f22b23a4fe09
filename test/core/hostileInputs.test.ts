/**
 * What the rewrites for hostile inputs (issue 13) keep and what they bound: the same answers on
 * ordinary sentences, and bounded work on long runs (no timing here: the bench measures speed).
 */
import { describe, expect, it } from "vitest";
import { buildLetterIndex } from "../../src/core/align/letterIndex.js";
import { matchQuote } from "../../src/core/align/matchQuote.js";
import { pressGradeClaims } from "../../src/core/judge/grades.js";
import { contrastParts, MAX_CONTRAST_TURNS } from "../../src/core/judge/omissions.js";
import { copiedVerdict } from "../../src/core/judge/restatement.js";
import { MAX_SENTENCE_CHARS, segmentSentences } from "../../src/core/segment/sentences.js";
import { tokenize } from "../../src/core/text/tokens.js";

describe("grade claims over repeated words", () => {
  it("reads the subject through any number of auxiliaries", () => {
    const claims = pressGradeClaims(`The school ${"had been ".repeat(30)}rated good.`);
    expect(claims.map((c) => [c.area, c.grade, c.orOverall])).toEqual([["school", "good", true]]);
  });

  it("still takes an object of several words after a determiner", () => {
    const claims = pressGradeClaims("Inspectors rated the large primary school good.");
    expect(claims.map((c) => c.area)).toEqual(["large primary school"]);
  });

  it("takes a verb whose shorter form comes first in the list ('remain' before 'remained')", () => {
    const claims = pressGradeClaims("They remained poor in purposeful activity.");
    expect(claims.map((c) => [c.area, c.grade])).toEqual([["purposeful activity", "poor"]]);
  });

  it("finds no claim in a run of tab-separated letters before a stray mark", () => {
    expect(pressGradeClaims(`The school stays${" his\tg".repeat(40)} * good`)).toEqual([]);
  });
});

describe("bounded work per sentence", () => {
  it("cuts a sentence longer than MAX_SENTENCE_CHARS at white space", () => {
    const text = `${"word ".repeat(500)}end.`;
    const sentences = segmentSentences(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("reads at most MAX_CONTRAST_TURNS turns of one sentence", () => {
    const parts = contrastParts(`Leaders are strong${", but not yet".repeat(40)}.`);
    expect(parts.length).toBe(MAX_CONTRAST_TURNS + 1);
  });
});

describe("diff budgets", () => {
  it("counts shared wording in order when the sentences are too far apart for the full diff", () => {
    const letter = tokenize(`${"children wait too long for help ".repeat(60)}`);
    // The same words in the reverse order: every one shared as a bag, hundreds of edits apart.
    const press = tokenize(`${"children wait too long for help ".repeat(60)}`.split(" ").reverse().join(" "));
    const verdict = copiedVerdict(press, letter);
    expect(verdict.approximate).toBe(true);
  });

  it("places a long quotation that differs in many words by the in-order match, and says so", () => {
    const letterText = Array.from(
      { length: 40 },
      (_, i) => `Leaders in area ${i} have improved the quality of plans for children.`,
    ).join(" ");
    const index = buildLetterIndex(letterText, segmentSentences(letterText));
    const quoted = letterText
      .split(" ")
      .slice(0, 300)
      .map((w, i) => (i % 3 === 1 ? `x${w}` : w))
      .join(" ");
    const m = matchQuote(index, quoted, 0, quoted.length);
    expect(m.grade).not.toBe("exact");
    expect(m.approximate).toBe(true);
  });
});
