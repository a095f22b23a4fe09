import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/segment/analyse.js";
import { findQuotedRanges } from "../../../src/core/segment/quotes.js";

/** Sentence ends of an invented text: after each ". " and at the end. */
function ends(t: string): number[] {
  const out: number[] = [];
  for (let i = t.indexOf(". "); i >= 0; i = t.indexOf(". ", i + 1)) out.push(i + 1);
  return [...out, t.length];
}
const inner = (t: string) =>
  findQuotedRanges(t, 0, t.length, ends(t)).map((r) => t.slice(r.innerStart, r.innerEnd));

describe("quotations nested in a quotation of their own kind", () => {
  it("keeps a curly-quoted term inside a multi-sentence quotation as part of it", () => {
    const t =
      "‘Young people are helped by a quick ‘first contact’ service. Plans are reviewed often. When help is needed, it comes fast.’";
    expect(inner(t)).toEqual([t.slice(1, -1)]);
  });

  it("gives every sentence of the paragraph quotation to its speaker", () => {
    const t =
      "The report said:\n\n‘Young people are helped by a quick ‘first contact’ service. Plans are reviewed often. When help is needed, it comes fast.’";
    const q = analyseText(t).quotes;
    expect(q).toHaveLength(1);
    expect(q[0]?.sentences).toHaveLength(3);
    expect(q[0]?.speaker).toBe("regulator");
  });

  it("still closes an opening never closed at its sentence's end when no inner quotation follows", () => {
    const t = "It said ‘the rota is kept. Later, ‘other words’ were used.";
    expect(inner(t)).toEqual(["the rota is kept.", "other words"]);
  });

  it("pairs straight marks as before: an ambiguous mark is no nested opening", () => {
    expect(inner(`He said "all is well" and "so it is".`)).toEqual(["all is well", "so it is"]);
  });
});

describe("quotations over several paragraphs", () => {
  it("runs an unclosed quotation opening a paragraph to its end when the paragraph before leads into it", () => {
    const t = [
      'The inspectors wrote: "Young people wait too long for a first meeting.',
      "",
      '"Plans are not reviewed often. Managers rarely check the records.',
    ].join("\n");
    const q = analyseText(t).quotes;
    const last = q[q.length - 1];
    expect(last?.inner.text).toBe("Plans are not reviewed often. Managers rarely check the records.");
    expect(last?.speaker).toBe("regulator");
  });

  it("ends it with its sentence after a paragraph of the publisher's own words", () => {
    const t = [
      "Our members are angry about the delays.",
      "",
      "“This is a failure of the board. Its members should go.",
    ].join("\n");
    const q = findQuotedRanges(t, t.indexOf("“"), t.length, [t.indexOf("board.") + 6, t.length]);
    expect(q.map((r) => t.slice(r.innerStart, r.innerEnd))).toEqual(["This is a failure of the board."]);
  });
});

describe("closing marks after the quotation's own punctuation", () => {
  it("closes a curly or straight single quotation at a mark after its comma", () => {
    expect(inner("‘Much has changed since the review,’ said the report.")).toEqual([
      "Much has changed since the review,",
    ]);
    expect(inner("'Much has changed since the review,' said the report.")).toEqual([
      "Much has changed since the review,",
    ]);
  });

  it("still reads a plural possessive as no mark", () => {
    expect(inner("The leavers’ service and the teams’ plans.")).toEqual([]);
  });
});
