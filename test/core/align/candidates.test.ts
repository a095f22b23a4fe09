import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { retrieveCandidates } from "../../../src/core/align/candidates.js";
import { buildLetterIndex } from "../../../src/core/align/letterIndex.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";
import { tokenSenses } from "../../../src/core/text/synonyms.js";
import { isContentToken, tokenize } from "../../../src/core/text/tokens.js";

// Invented letter sentences sharing common words ("staff", "children") in different measures.
const WORDS =
  "staff children leaders plans promptly timeliness released leaving custody homes care audits safety".split(
    " ",
  );
const LETTER = Array.from(
  { length: 24 },
  (_, i) =>
    `The ${WORDS[i % WORDS.length]} and ${WORDS[(i * 5 + 3) % WORDS.length]} of team ${i} are reviewed.`,
).join(" ");

/** Every letter sentence scored, sorted: the ranking retrieval must give the head of. */
function reference(index: ReturnType<typeof buildLetterIndex>, text: string, limit: number): number[] {
  const press = tokenize(text);
  const senses = tokenSenses(press);
  const scores = new Map<number, number>();
  const seen = new Set<string>();
  press.forEach((t, i) => {
    if (!isContentToken(t) || seen.has(t.stem)) return;
    seen.add(t.stem);
    const hit = new Set(index.postings.get(t.stem) ?? []);
    index.sentenceTokens.forEach((toks, s) => {
      const theirs = new Set(tokenSenses(toks).flat());
      if ((senses[i] ?? []).some((x) => theirs.has(x))) hit.add(s);
    });
    for (const s of hit) scores.set(s, (scores.get(s) ?? 0) + index.idf(t.stem));
  });
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([s]) => s);
}

describe("retrieveCandidates", () => {
  const index = buildLetterIndex(LETTER, segmentSentences(LETTER));

  it("keeps the best-scored letter sentences, ties in letter order, for any press words", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS, "the", "team", "new"), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 10 }),
        (words, limit) => {
          const text = words.join(" ");
          expect(retrieveCandidates(index, tokenize(text), limit)).toEqual(reference(index, text, limit));
        },
      ),
      { seed: 20261202, numRuns: 150 },
    );
  });

  it("retrieves a sentence by a synonym the press uses", () => {
    const [first] = retrieveCandidates(index, tokenize("answered quickly"), 3);
    expect(first !== undefined && index.sentences[first]?.text).toMatch(/promptly|timeliness/);
  });
});
