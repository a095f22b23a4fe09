import { describe, expect, it } from "vitest";
import { gatherEvidence } from "../../src/core/documentEvidence.js";
import type { Draft } from "../../src/core/judge/judgeSentences.js";
import type { AnalysedQuote } from "../../src/core/segment/analyse.js";
import { keyVocabulary } from "../../src/core/text/keyPool.js";
import type { Kind, LetterFinding, Sentence } from "../../src/core/types.js";

const letterSentence = (index: number, polarity: LetterFinding["polarity"]): LetterFinding => ({
  index,
  start: index * 10,
  end: index * 10 + 9,
  text: "x".repeat(9),
  polarity,
  section: { kind: "body" },
});
const LETTER = [letterSentence(0, "critical"), letterSentence(1, "positive")];

function sentenceOf(text: string, whole: string, index: number): Sentence {
  const start = whole.indexOf(text);
  return { index, block: 0, role: "body", start, end: start + text.length, text };
}

function draft(s: Sentence, kind: Kind, letter: number[], extra: Partial<Draft> = {}): Draft {
  return {
    press: { start: s.start, end: s.end },
    judgement: {
      kind,
      flags: [],
      rules: [],
      similarity: 0.5,
      reason: "",
      letter: letter.map((i) => ({ ...(LETTER[i] as LetterFinding), block: 0, role: "body" as const })),
    },
    matchedEnds: [],
    ...extra,
  };
}

describe("gatherEvidence", () => {
  const text =
    "Managers track visits well, but plans are still not reviewed. Staff are highly skilled and leaders are effective.";
  const first = sentenceOf("Managers track visits well, but plans are still not reviewed.", text, 0);
  const second = sentenceOf("Staff are highly skilled and leaders are effective.", text, 1);

  it("reads each sentence whole and again from each contrast, with its words' keys", () => {
    const g = gatherEvidence(text, LETTER);
    g.add(first, [draft(first, "paraphrase", [0])]);
    expect(g.pressEvidence.map((e) => e.text)).toEqual([first.text, "plans are still not reviewed."]);
    expect(g.pressEvidence[1]?.stems.has("plan")).toBe(true);
    expect(g.pressEvidence[1]?.stems.has("manag")).toBe(false);
  });

  it("with the letter's vocabulary, keeps the keys the letter has and drops the rest", () => {
    const g = gatherEvidence(text, LETTER, keyVocabulary(["plan", "review", "leader"]));
    g.add(first, [draft(first, "paraphrase", [0])]);
    g.add(second, [draft(second, "paraphrase", [1])]);
    const [whole, turn, other] = g.pressEvidence;
    expect(whole?.stems.has("plan") && turn?.stems.has("plan") && other?.stems.has("leader")).toBe(true);
    expect(whole?.stems.has("manag") || other?.stems.has("staff")).toBe(false);
    expect([...(whole?.stems ?? [])].sort()).toEqual(["plan", "review"]);
  });

  it("marks a sentence unsourced when every claim in it is unsupported", () => {
    const g = gatherEvidence(text, LETTER);
    g.add(first, [draft(first, "unsupported", [])]);
    g.add(second, [draft(second, "paraphrase", [1])]);
    expect(g.pressEvidence.map((e) => e.unsourced)).toEqual([true, true, false]);
  });

  it("counts a letter sentence reported unless praise is said of a critical one", () => {
    const g = gatherEvidence(text, LETTER);
    g.add(second, [draft(second, "paraphrase", [0, 1])]);
    expect([...g.reported]).toEqual([1]);
    g.add(second, [draft(second, "copied", [0])]);
    expect([...g.reported]).toEqual([1, 0]);
  });

  it("counts claims, their sources and the regulator's quotations found", () => {
    const g = gatherEvidence(text, LETTER);
    const quote = { speaker: "regulator", inner: { start: 0, end: 10, text: "" } } as AnalysedQuote;
    g.add(first, [draft(first, "paraphrase", [0]), draft(first, "quote-exact", [0], { quote })]);
    g.add(second, [draft(second, "not-checked", []), draft(second, "quote-not-found", [], { quote })]);
    expect(g.sourcing()).toEqual({ regulatorQuotes: 1, quotesFound: 1, claims: 2, claimsSourced: 1 });
  });
});
