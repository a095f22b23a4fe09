/**
 * The whole comparison on an invented school monitoring letter and a local news article: every kind,
 * the selective flag and the omissions a reader of that article would need to know about.
 */
import { describe, expect, it } from "vitest";
import { compare } from "../../src/core/compare.js";
import type { DocumentComparison, Finding } from "../../src/core/types.js";
import { SCHOOL_ARTICLE, SCHOOL_LETTER } from "../fixtures/schoolLetter.js";

const doc = compare({ source: "letter.txt", text: SCHOOL_LETTER, format: "text" }, [
  { source: "article.txt", text: SCHOOL_ARTICLE, format: "text" },
]).documents[0] as DocumentComparison;

function findingWith(words: string): Finding {
  const f = doc.findings.find((x) => x.press.text.includes(words));
  if (!f) throw new Error(`no finding holds "${words}"`);
  return f;
}

describe("compare: a school monitoring letter and a local news article", () => {
  it("reports on this letter", () => {
    expect(doc.differentDocument).toBe(false);
  });

  it("finds a quotation with a word dropped, and one with a word added", () => {
    const reading = findingWith("improve the teaching of reading");
    expect(reading.kind).toBe("quote-altered");
    expect(reading.reason).toMatch(/early/);
    const governors = findingWith("hold leaders firmly to account");
    expect(governors.kind).toBe("quote-altered");
    expect(governors.reason).toMatch(/firmly/);
  });

  it("finds exact quotations across sentences", () => {
    expect(findingWith("Behaviour in lessons has improved").kind).toBe("quote-exact");
    expect(findingWith("bullying is rare").kind).toBe("quote-exact");
  });

  it("finds 'most' turned into 'all', and a baseline dropped, each with the caveat left out", () => {
    const all = findingWith("all pupils at risk of falling behind");
    expect(all.kind).toBe("overstated");
    expect(all.reason).toMatch(/Most/);
    expect(all.flags).toContain("selective");
    const attendance = findingWith("Attendance has also improved");
    expect(attendance.kind).toBe("overstated");
    expect(attendance.reason).toMatch(/low base/);
    expect(attendance.reason).toMatch(/persistently absent/);
  });

  it("calls a claim the letter never makes unsupported", () => {
    expect(findingWith("outstanding curriculum").kind).toBe("unsupported");
  });

  it("leaves the headteacher's and councillor's words, and site furniture, unchecked", () => {
    expect(findingWith("so proud of our staff").kind).toBe("not-checked");
    expect(findingWith("continue to support Brookfield").kind).toBe("not-checked");
    expect(findingWith("Share this article").kind).toBe("not-checked");
    expect(findingWith("Share this article").reason).toMatch(/furniture/);
  });

  it("lists the criticism the article leaves out, and not the praise or the history", () => {
    const omitted = doc.omissions.map((o) => o.text);
    for (const words of [
      "expertise to teach phonics",
      "early stage of development",
      "has not started",
      "special educational needs",
      "not provided consistently",
    ])
      expect(omitted.some((t) => t.includes(words))).toBe(true);
    for (const words of ["consistent phonics programme", "should learn", "special measures in June"])
      expect(omitted.some((t) => t.includes(words))).toBe(false);
  });
});

describe("compare: aims and links name judgements without reporting another document", () => {
  it("does not take an aim to be rated outstanding as evidence of another inspection", () => {
    const article = `Brookfield looks ahead

Leaders have taken effective action to improve the teaching of early reading, the inspector found.

Behaviour in lessons has improved, according to the letter.

The headteacher said the school aims to be rated outstanding at its next inspection.`;
    const result = compare({ source: "l", text: SCHOOL_LETTER, format: "text" }, [
      { source: "a", text: article, format: "text" },
    ]);
    expect(result.documents[0]?.differentDocument).toBe(false);
  });
});
