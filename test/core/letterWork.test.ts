/**
 * Letters prepared once per text while recent (src/core/letterWork.ts): the same text gives the same
 * prepared context, a different text another; the cache is bounded and can be emptied; and a
 * comparison on a kept letter says exactly what it says on a letter prepared afresh.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { compare, forgetPreparedLetters, prepareLetter } from "../../src/core/compare.js";
import { letterWork, RECENT_LETTERS } from "../../src/core/letterWork.js";

const LETTER = `Inspection of Hollin Vale children's services

Leaders have a clear understanding of the quality of practice. Social workers visit children regularly and know them well.

However, too many children wait too long for an assessment of their needs. Supervision is not always recorded.

Care leavers are well supported by personal advisers who stay in touch with them.`;

const ARTICLE = `Hollin Vale children's services praised but waits too long

Inspectors found that social workers visit children regularly and know them well.

The report said care leavers are well supported by their personal advisers.`;

const doc = (text: string) => ({ source: "letter.txt", text, format: "text" as const });

/** An equal text that is a different string object (as read again from a file). */
const copyOf = (text: string) => [...text].join("");

describe("letterWork: a letter prepared once per text", () => {
  beforeEach(() => forgetPreparedLetters());

  it("gives the same prepared letter for an equal text, even another string object", () => {
    const first = letterWork(LETTER);
    expect(letterWork(copyOf(LETTER))).toBe(first);
    expect(first.ctx.sentences.length).toBeGreaterThan(3);
  });

  it("prepares a text that differs in one character afresh", () => {
    const first = letterWork(LETTER);
    const other = letterWork(LETTER.replace("regularly", "regularly!"));
    expect(other).not.toBe(first);
    expect(other.ctx.text).not.toBe(first.ctx.text);
  });

  it("keeps only the last few texts, the least recently used dropped first", () => {
    const first = letterWork(LETTER);
    for (let i = 1; i < RECENT_LETTERS; i++)
      letterWork(`${LETTER}\n\nNote ${i}: the visit took place over two days.`);
    // Asked for again, the first is now the most recently used: the next new text drops another.
    expect(letterWork(LETTER)).toBe(first);
    letterWork(`${LETTER}\n\nA further note about the dates of the visit.`);
    expect(letterWork(LETTER)).toBe(first);
    for (let i = 0; i < RECENT_LETTERS; i++) letterWork(`${LETTER}\n\nLater note ${i} on the visit.`);
    expect(letterWork(LETTER)).not.toBe(first);
  });

  it("forgets every letter when asked", () => {
    const first = letterWork(LETTER);
    forgetPreparedLetters();
    expect(letterWork(LETTER)).not.toBe(first);
  });
});

describe("compare on a kept letter", () => {
  it("says the same as on a letter prepared afresh", () => {
    forgetPreparedLetters();
    const fresh = compare(doc(LETTER), [doc(ARTICLE)]);
    const kept = compare(doc(copyOf(LETTER)), [doc(ARTICLE)]);
    expect(kept).toEqual(fresh);
    expect(fresh.documents[0]?.findings.length).toBeGreaterThan(0);
  });

  it("names the letter as each call gives it and hands out its own copies of the sentences", () => {
    const a = prepareLetter({ source: "a.txt", text: LETTER, format: "text" });
    const b = prepareLetter({ source: "b.md", text: LETTER, format: "markdown" });
    expect(b.ctx).toBe(a.ctx);
    expect([a.view.source, b.view.source, b.view.format]).toEqual(["a.txt", "b.md", "markdown"]);
    const sentence = a.view.sentences[0];
    if (sentence) sentence.polarity = "critical";
    expect(b.view.sentences[0]?.polarity).not.toBe("critical");
  });
});
