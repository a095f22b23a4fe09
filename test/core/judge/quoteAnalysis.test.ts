/**
 * A quotation analysed once for the quote rules: its topic (the press sentence's own words outside the
 * quotation and its frame) and the letter sentences its match overlaps. An invented letter.
 */
import { describe, expect, it } from "vitest";
import { analyseQuote, topicStems } from "../../../src/core/judge/quoteAnalysis.js";
import type { AnalysedQuote } from "../../../src/core/segment/analyse.js";
import { letterContext } from "../../fixtures/letterContext.js";

const LETTER = [
  "The library service opens six days a week.",
  "Staff know their readers well. They run reading groups for older residents.",
  "The mobile library visits every village once a fortnight.",
].join(" ");
const ctx = letterContext(LETTER);

function quoteOf(press: string, quoted: string): { q: AnalysedQuote; start: number; end: number } {
  const start = press.indexOf(quoted);
  const end = start + quoted.length;
  const q: AnalysedQuote = {
    start: start - 1,
    end: end + 1,
    text: press.slice(start - 1, end + 1),
    inner: { start, end, text: quoted },
    speaker: "regulator",
    sentences: [0],
  };
  return { q, start, end };
}

describe("analyseQuote", () => {
  it("gives the letter sentences a match overlaps, every one of them and no other", () => {
    const quoted = "know their readers well. They run reading groups";
    const press = `Inspectors said staff “${quoted}” in the town.`;
    const { q, start, end } = quoteOf(press, quoted);
    const a = analyseQuote(ctx, press, press, q, start, end);
    expect(a.match?.grade).toBe("exact");
    expect(a.letter.map((s) => s.text)).toEqual([
      "Staff know their readers well.",
      "They run reading groups for older residents.",
    ]);
    expect(a.letterWords).toBe("know their readers well. They run reading groups");
  });

  it("gives one letter sentence for words inside it, at the letter's end too", () => {
    const quoted = "visits every village once a fortnight";
    const press = `The report said the mobile library “${quoted}”.`;
    const { q, start, end } = quoteOf(press, quoted);
    expect(analyseQuote(ctx, press, press, q, start, end).letter.map((s) => s.text)).toEqual([
      "The mobile library visits every village once a fortnight.",
    ]);
  });

  it("reads the topic from the words outside the quotation, leaving out the frame and numbers", () => {
    expect(
      topicStems("Inspectors said the 2024 mobile library “visits every village” and praised it."),
    ).toEqual(topicStems("mobile library"));
  });
});
