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

/** The sentences of `t` whose unquoted words are the regulator's claims, by text. */
function regulatorClaims(t: string): string[] {
  const a = analyseText(t);
  return a.sentences.filter((s) => a.claimSpeaker[s.index] === "regulator").map((s) => s.text.trim());
}

describe("the regulator's words reported without quote marks inside an official's quotation", () => {
  it("judges 'inspectors told us (that) …' and 'inspectors recognised that …' as the regulator's claims", () => {
    const told =
      'The warden, Pat Ellery, said: "I am delighted with the visit. The inspectors told us that our tenancy team is the best in the region, and we will keep it that way."';
    expect(regulatorClaims(told)).toEqual([
      'The inspectors told us that our tenancy team is the best in the region, and we will keep it that way."',
    ]);
    const toldNoThat =
      "The director said: “It has been a hard year. Inspectors told me our nurses had already halved the waiting list.”";
    expect(regulatorClaims(toldNoThat)).toHaveLength(1);
    // "that" after the hearer opens what was said, whatever its verb ("feel", "seem", "get").
    const toldThatFeel =
      "The councillor said: “It was a good week. Inspectors told us that tenants now feel listened to.”";
    expect(regulatorClaims(toldThatFeel)).toHaveLength(1);
    const recognised =
      "A spokesperson said: “We welcome the letter. The regulator recognised that repairs are now done on time.”";
    expect(regulatorClaims(recognised)).toEqual([
      "The regulator recognised that repairs are now done on time.”",
    ]);
  });

  it("leaves the official's own sentences and readings of the report to the official", () => {
    // a noun object, a verb of showing, someone else as the subject, or a clause before the regulator
    for (const t of [
      "The chair said: “We are proud. The report recognises the many strengths of our college.”",
      "The chair said: “We are proud. This report shows that care is at the centre of all we do.”",
      "The chair said: “We are proud. Our parents told us that the new classrooms are wonderful.”",
      "The chair said: “We are proud. When we met last week, the inspectors said that they had enjoyed the visit.”",
    ])
      expect(regulatorClaims(t)).toEqual([]);
  });
});
