/**
 * A running footer that a page break put in the middle of a sentence is skipped, and the sentence
 * rejoined and read whole (invented letter of a council's fostering service).
 */
import { describe, expect, it } from "vitest";
import { buildLetterIndex } from "../../../src/core/align/letterIndex.js";
import { splitBlocks } from "../../../src/core/segment/blocks.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";

const letter = [
  "Visit report: Eastmoor Fostering Service",
  "",
  "Carers value the training on offer. Some carers who ask for respite do not always receive the",
  "",
  "Visit report: Eastmoor Fostering Service",
  "9 and 10 October 2024\t2",
  "",
  "breaks that they were promised.",
  "",
  "Managers review every placement plan.",
  "",
  "Visit report: Eastmoor Fostering Service",
  "9 and 10 October 2024\t3",
].join("\n");

describe("page furniture inside a sentence", () => {
  it("rejoins the sentence across a repeated footer and blanks the footer in its text", () => {
    const sentences = segmentSentences(letter);
    const s = sentences.find((x) => x.text.startsWith("Some carers"));
    expect(s).toBeDefined();
    expect(s?.text.replace(/\s+/g, " ")).toBe(
      "Some carers who ask for respite do not always receive the breaks that they were promised.",
    );
    // Offsets still index the document: the text is the same length as its range.
    expect(s && s.end - s.start).toBe(s?.text.length);
    expect(splitBlocks(letter).some((b) => (b.skip ?? []).length > 0)).toBe(true);
  });

  it("keeps the footer's words out of the sentence's index tokens", () => {
    const sentences = segmentSentences(letter);
    const index = buildLetterIndex(letter, sentences);
    const i = sentences.findIndex((x) => x.text.startsWith("Some carers"));
    const words = (index.sentenceTokens[i] ?? []).map((t) => t.norm);
    expect(words).toContain("breaks");
    expect(words).not.toContain("october");
  });

  it("leaves a footer between closed sentences alone and does not join a line that is not furniture", () => {
    const blocks = splitBlocks(letter);
    const closed = blocks.find((b) => letter.slice(b.start, b.end).startsWith("Managers review"));
    expect(closed?.skip).toBeUndefined();
    const once = "The panel met twice. Leaders are not yet\n\nSection 2 Safety\n\nconfident about the data.";
    expect(splitBlocks(once).some((b) => b.skip)).toBe(false);
  });
});
