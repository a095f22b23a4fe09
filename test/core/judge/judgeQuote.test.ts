import { describe, expect, it } from "vitest";
import { buildLetterIndex } from "../../../src/core/align/letterIndex.js";
import { matchQuote } from "../../../src/core/align/matchQuote.js";
import { topicStems } from "../../../src/core/judge/quoteAnalysis.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";
import { findingsOf } from "../../fixtures/judgeAgainst.js";

/** Matches `quoted`, which must occur in `pressSentence`, with the press sentence's topic. */
function matchIn(letter: string, pressSentence: string, quoted: string) {
  const index = buildLetterIndex(letter, segmentSentences(letter));
  const at = pressSentence.indexOf(quoted);
  const m = matchQuote(index, pressSentence, at, at + quoted.length, topicStems(pressSentence));
  return { ...m, text: letter.slice(m.start, m.end) };
}

const FIRE_LETTER =
  "Crews at the rural stations are highly motivated and well trained. " +
  "Residents in sheltered housing receive effective safety visits from the prevention team. " +
  "Response times in the north of the county remain too long. " +
  "Staff morale at headquarters is good. " +
  "The service's arrangements for protecting high-rise buildings were judged good. " +
  "Fire engine availability is not always sufficient at night.";

describe("topicStems", () => {
  it("keeps the press sentence's unquoted content words, not the frame or the quotation", () => {
    const stems = topicStems('Inspectors described safety visits for residents as "highly effective".');
    expect(stems).toEqual(expect.arrayContaining(["safeti", "visit", "resid"]));
    expect(stems.some((s) => s.startsWith("inspector") || s.startsWith("describ"))).toBe(false);
    expect(stems.some((s) => s.startsWith("highli") || s.startsWith("effect"))).toBe(false);
  });
});

describe("quotations placed by the press sentence's topic", () => {
  it("takes the equal-scoring window in the sentence about the press sentence's topic", () => {
    const m = matchIn(
      FIRE_LETTER,
      'The report described safety visits for residents in sheltered housing as "highly effective".',
      "highly effective",
    );
    expect(m.grade).toBe("close");
    expect(m.text).toMatch(/effective/);
    expect(m.text).not.toMatch(/motivated/);
  });

  it("takes the exact occurrence inside the sentence on the press sentence's topic", () => {
    const m = matchIn(
      FIRE_LETTER,
      'Inspectors rated arrangements for protecting high-rise buildings "good".',
      "good",
    );
    expect(m.grade).toBe("exact");
    expect(FIRE_LETTER.slice(0, m.start)).toMatch(/high-rise buildings were judged $/);
  });

  it("finds no approximate match for a short quotation when no letter sentence is on topic", () => {
    const m = matchIn(
      FIRE_LETTER,
      'Campaigners say the call-handling software is "wholly inadequate".',
      "wholly inadequate",
    );
    expect(m.grade).toBe("none");
  });

  it("does not place a short quotation by shared function words alone", () => {
    const m = matchIn(FIRE_LETTER, 'It added that response times in the north "are poor".', "are poor");
    expect(m.grade).toBe("none");
  });

  it("needs half the quotation's content words, not a Dice made of function words", () => {
    const letter =
      "Leaders work well with businesses and the chamber of commerce. Apprentices value their placements.";
    const m = matchIn(
      letter,
      'Auditors highlighted the council\'s "outstanding partnerships with businesses".',
      "outstanding partnerships with businesses",
    );
    expect(m.grade).toBe("none");
  });

  it("prefers a sentence holding every quoted content word over an in-order passage lacking one", () => {
    const letter =
      "During our evening visit, 30% of residents were alone in their rooms during the activity hour. " +
      "Too many residents spent most of the afternoon alone in their rooms. " +
      "Meals were nutritious and well presented.";
    const m = matchIn(
      letter,
      'Inspectors said residents were "alone in their rooms for most of the afternoon".',
      "alone in their rooms for most of the afternoon",
    );
    expect(m.grade).toBe("close");
    expect(m.reordered).toBe(true);
    expect(m.text).toBe("most of the afternoon alone in their rooms");
  });

  it("still matches a short altered quotation on topic without any topic given", () => {
    const index = buildLetterIndex(FIRE_LETTER, segmentSentences(FIRE_LETTER));
    const quoted = "not always adequate at night";
    expect(matchQuote(index, quoted, 0, quoted.length).grade).toBe("close");
  });

  it("does not take a two-word quotation sharing only its modifier for an altered one", () => {
    const letter = "The district saw rapid growth in new housing estates. Bus services were reduced.";
    const m = matchIn(letter, 'The report noted "rapid progress" on new housing estates.', "rapid progress");
    expect(m.grade).toBe("none");
  });
});

describe("a quotation not found, beside the letter sentence on its topic", () => {
  it("shows the letter sentence the press sentence is about", () => {
    const letter =
      "The council has cleared the backlog of damp and mould repairs in its tower blocks. " +
      "Rent collection remains weak. Complaints handling has improved since the spring.";
    const [f] = findingsOf(
      letter,
      'The ombudsman praised the "remarkable turnaround" in damp and mould repairs across the tower blocks.',
    );
    expect(f?.kind).toBe("quote-not-found");
    expect(f?.letter[0]?.text).toMatch(/backlog of damp and mould repairs/);
  });

  it("shows nothing when no letter sentence is clearly on topic", () => {
    const [f] = findingsOf(FIRE_LETTER, 'Inspectors called the new uniforms "a remarkable improvement".');
    expect(f?.kind).toBe("quote-not-found");
    expect(f?.letter).toEqual([]);
  });
});
