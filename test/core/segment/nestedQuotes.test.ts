import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/segment/analyse.js";
import { regulatorQuotesInside } from "../../../src/core/segment/nestedQuotes.js";
import { findQuotedRanges } from "../../../src/core/segment/quotes.js";

/** The regulator's quotations inside the first quotation of a one-sentence text, as their words. */
function inside(t: string): string[] {
  const outer = findQuotedRanges(t, 0, t.length, [t.length])[0];
  if (!outer) return [];
  return regulatorQuotesInside(t, outer, [t.length]).map((q) =>
    t.slice(q.range.innerStart, q.range.innerEnd),
  );
}

/** Speaker and words of every analysed quotation. */
const quotes = (t: string) => analyseText(t).quotes.map((q) => [q.speaker, q.inner.text]);

describe("the report quoted inside someone else's quotation", () => {
  it("finds the report's words where the official names the report or the inspectors as their source", () => {
    expect(
      inside(
        "The mayor said: \"We are glad that inspectors found our wardens 'patient and always polite' with tenants.\"",
      ),
    ).toEqual(["patient and always polite"]);
    expect(
      inside(
        "“I welcome the fact that the report says our libraries are ‘well used by every age group’,” she said.",
      ),
    ).toEqual(["well used by every age group"]);
  });

  it("reads every inner quotation against the clause nearest before it", () => {
    expect(
      inside(
        "The chair said: “The regulator has recognised that our nurses are ‘kind and attentive’ and that our wards are ‘clean and calm’.”",
      ),
    ).toEqual(["kind and attentive", "clean and calm"]);
  });

  it("takes 'was clear that' as a verb of saying inside the quotation", () => {
    expect(
      inside(
        "\"The watchdog was clear that 'the pace of change has been too slow', and I accept that,\" he said.",
      ),
    ).toEqual(["the pace of change has been too slow"]);
  });

  it("leaves inner quotations the official gives to others, or to no one, as the official's words", () => {
    expect(
      inside("The head said: \"Our parents tell us the school is 'a second family' to their children.\""),
    ).toEqual([]);
    expect(inside("The leader said: \"This is a 'new chapter' for the town and we are proud.\"")).toEqual([]);
  });

  it("gives the report's words to the regulator and keeps the rest of the quotation the official's", () => {
    const t = [
      "Councillor Ann Vale said: \"We are proud that inspectors found our teams 'calm and well organised'.",
      "",
      '"We know there is more to do."',
    ].join("\n");
    expect(quotes(t)).toEqual([
      ["other", "We are proud that inspectors found our teams 'calm and well organised'."],
      ["regulator", "calm and well organised"],
      ["other", "We know there is more to do."],
    ]);
    // The official's first quotation no longer stands for the sentence that holds the report's words.
    expect(analyseText(t).quotes[0]?.sentences).toEqual([]);
  });

  it("leaves a regulator's own quotation and its inner terms alone", () => {
    const t = "The report said: \"Children benefit from the 'open door' approach of their social workers.\"";
    expect(quotes(t)).toEqual([
      ["regulator", "Children benefit from the 'open door' approach of their social workers."],
    ]);
  });
});
