import { describe, expect, it } from "vitest";
import { buildLetterIndex } from "../../../src/core/align/letterIndex.js";
import { matchQuote, topicWeigher } from "../../../src/core/align/matchQuote.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";
import { CQC_LETTER } from "../../fixtures/cqcLetter.js";

const index = buildLetterIndex(CQC_LETTER, segmentSentences(CQC_LETTER));
const match = (quoted: string) => matchQuote(index, quoted, 0, quoted.length);

describe("matchQuote", () => {
  it("finds an exact quotation regardless of case, quote marks and line breaks", () => {
    const m = match("staff are kind and treat them with dignity");
    expect(m.grade).toBe("exact");
    expect(CQC_LETTER.slice(m.start, m.end)).toBe("staff are kind and treat them with dignity");
  });

  it("matches fragments on either side of an ellipsis, in order", () => {
    expect(match("Infection control practice is thorough … the home is clean throughout").grade).toBe(
      "exact",
    );
  });

  it("grades a quotation with a changed word as close, with a high score", () => {
    const m = match("Staffing levels are now good at all times of day");
    expect(m.grade).toBe("close");
    expect(m.score).toBeGreaterThan(0.7);
    expect(CQC_LETTER.slice(m.start, m.end)).toContain("Staffing levels are now sufficient");
  });

  it("takes in the letter word replaced at the end of a quotation, but not the next sentence", () => {
    const m = match("implementing a new electronic care planning tool");
    expect(m.grade).toBe("close");
    expect(CQC_LETTER.slice(m.start, m.end)).toBe("implementing a new electronic care planning system");
    const last = match("followed up promptly and reviewed");
    expect(CQC_LETTER.slice(last.start, last.end)).not.toMatch(/Leaders/);
  });

  it("recognises a short quotation that rearranges the letter's words", () => {
    const letter =
      "Staff described to inspectors a positive change in the culture within the service, and morale is good.";
    const idx = buildLetterIndex(letter, segmentSentences(letter));
    const quoted = "positive culture change";
    const m = matchQuote(idx, quoted, 0, quoted.length);
    expect(m.grade).toBe("close");
    expect(letter.slice(m.start, m.end)).toBe("positive change in the culture");
  });

  it("does not assemble a quotation from words scattered over a long sentence", () => {
    const letter =
      "Positive feedback came from parents about the school's many clubs, trips and visits, although the change to the timetable and the culture of homework were criticised.";
    const idx = buildLetterIndex(letter, segmentSentences(letter));
    const quoted = "positive culture change";
    expect(matchQuote(idx, quoted, 0, quoted.length).grade).toBe("none");
  });

  it("finds nothing for words the letter never uses", () => {
    expect(match("an outstanding beacon of excellence in the region").grade).toBe("none");
  });

  it("leaves bracketed insertions out of the match but reports them", () => {
    const m = match("Audits are completed monthly and actions [by the manager] are followed up promptly");
    expect(m.grade).toBe("exact");
    expect(m.bracketed).toBe(true);
  });

  // An invented letter stating the same words in two places, about two different services.
  const TWICE = [
    "The adoption service is well run and the support is good for every family.",
    "Leaders have a clear plan for the year ahead.",
    "The fostering service has improved since the last visit and the support is good for every family.",
  ].join(" ");
  const twice = buildLetterIndex(TWICE, segmentSentences(TWICE));

  it("places words the letter states twice in the sentence about the press sentence's topic", () => {
    const quoted = "the support is good for every family";
    const first = matchQuote(twice, quoted, 0, quoted.length);
    expect(first.start).toBe(TWICE.indexOf(quoted));
    const onTopic = matchQuote(twice, quoted, 0, quoted.length, ["foster"]);
    expect(onTopic.grade).toBe("exact");
    expect(onTopic.start).toBe(TWICE.lastIndexOf(quoted));
    // Equal topic weights: the first occurrence.
    expect(matchQuote(twice, quoted, 0, quoted.length, ["servic"]).start).toBe(TWICE.indexOf(quoted));
  });

  it("places a quotation standing once whatever the topic, from its rarest word", () => {
    const quoted = "the year ahead";
    const m = matchQuote(twice, quoted, 0, quoted.length, ["foster"]);
    expect(m.grade).toBe("exact");
    expect(TWICE.slice(m.start, m.end)).toBe(quoted);
  });

  it("weighs a letter sentence by the topic stems it holds, and names the heaviest", () => {
    const weigher = topicWeigher(twice, ["foster", "improv", "foster"]);
    expect(weigher).toBeDefined();
    const at = (word: string) => twice.tokens.findIndex((t) => t.norm === word);
    const third = weigher?.atToken(at("fostering")) ?? 0;
    expect(third).toBeCloseTo(twice.idf("foster") + twice.idf("improv"));
    expect(weigher?.atToken(at("adoption"))).toBe(0);
    expect(weigher?.max).toBe(third);
    expect(weigher?.best).toBe(2);
    expect(topicWeigher(twice, [])).toBeUndefined();
  });
});
