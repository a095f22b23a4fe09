/**
 * The whole comparison on an invented CQC letter and two invented articles (one about this letter, one
 * about another inspection): kinds, flags, omissions and offsets, away from the bundled Ofsted seeds.
 */
import { describe, expect, it } from "vitest";
import { compare } from "../../src/core/compare.js";
import type { DocumentComparison, Finding } from "../../src/core/types.js";
import { CQC_LETTER, GAZETTE_ARTICLE } from "../fixtures/cqcLetter.js";

const letter = { source: "cqc-letter.txt", text: CQC_LETTER, format: "text" as const };
const gazette = { source: "gazette.txt", text: GAZETTE_ARTICLE, format: "text" as const };

/** An article about a different inspection of another home, sharing only the topic's vocabulary. */
const OTHER_HOME = `Riverside Lodge rated good

Riverside Lodge in Hexham has been rated good by the Care Quality Commission after its latest inspection in January.

The CQC said "residents enjoy a varied programme of activities led by a dedicated coordinator".

It also found "the garden has been redesigned so that people living with dementia can use it safely".

Inspectors said "night staff know each resident's routine and respond quickly to call bells".

Staff are kind and care plans reflect people's preferences and life histories.

Inspectors said "the provider has invested in new hoists and pressure-relieving equipment".`;

function findingWith(doc: DocumentComparison, words: string): Finding {
  const f = doc.findings.find((x) => x.press.text.includes(words));
  if (!f) throw new Error(`no finding holds "${words}"`);
  return f;
}

describe("compare: an article about this letter", () => {
  const result = compare(letter, [gazette]);
  const doc = result.documents[0] as DocumentComparison;

  it("reports on this letter", () => {
    expect(doc.differentDocument).toBe(false);
  });

  it("classifies each kind of press sentence", () => {
    expect(findingWith(doc, "Leaders have taken effective action").kind).toBe("quote-exact");
    expect(findingWith(doc, "staffing levels are now good").kind).toBe("quote-altered");
    expect(findingWith(doc, "Call bells are now answered promptly").kind).toBe("overstated");
    expect(findingWith(doc, "rated outstanding for its leadership").kind).toBe("unsupported");
    expect(findingWith(doc, "We are delighted").kind).toBe("not-checked");
    expect(findingWith(doc, "press office").kind).toBe("not-checked");
  });

  it("flags praise reported without the caveat that follows it", () => {
    const f = findingWith(doc, "Some care plans are beginning to reflect");
    expect(["copied", "paraphrase"]).toContain(f.kind);
    expect(f.flags).toContain("selective");
    expect(f.reason).toMatch(/not yet consistent/);
  });

  it("lists the critical findings the article never reports", () => {
    const omitted = doc.omissions.map((o) => o.text);
    expect(omitted.some((t) => t.includes("mental capacity assessments"))).toBe(true);
    expect(omitted.some((t) => t.includes("waited too long"))).toBe(true);
    // Praise and history are not omissions.
    expect(omitted.some((t) => t.includes("comprehensive"))).toBe(false);
    expect(omitted.some((t) => t.includes("rated requires improvement"))).toBe(false);
  });

  it("points every finding at the exact words in both texts", () => {
    for (const f of doc.findings) {
      expect(GAZETTE_ARTICLE.slice(f.press.start, f.press.end)).toBe(f.press.text);
      for (const l of f.letter) expect(CQC_LETTER.slice(l.start, l.end)).toBe(l.text);
    }
    for (const o of doc.omissions) expect(CQC_LETTER.slice(o.start, o.end)).toBe(o.text);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(compare(letter, [gazette]))).toBe(JSON.stringify(result));
  });
});

describe("compare: an article about another inspection", () => {
  const doc = compare(letter, [{ source: "other.txt", text: OTHER_HOME, format: "text" }])
    .documents[0] as DocumentComparison;

  it("is recognised as another document, with a reason", () => {
    expect(doc.differentDocument).toBe(true);
    expect(doc.differentDocumentReason).toMatch(/quotations|judgement|claims/);
  });

  it("raises no misquote or overstatement against this letter", () => {
    for (const f of doc.findings) {
      expect(["quote-altered", "overstated", "unsupported"]).not.toContain(f.kind);
      expect(f.flags).not.toContain("selective");
    }
  });
});

describe("compare: praise reported without the shortfall the letter sets before it", () => {
  const turnLetter = `Dear Ms Example

Inspection of Brookfield House

Medication records were too often incomplete during the spring. However, the new pharmacist has introduced effective weekly audits that staff value.

Residents enjoy the garden and the activities programme is varied.

Yours sincerely

An Inspector`;
  const run = (press: string) =>
    compare({ source: "brookfield.txt", text: turnLetter, format: "text" }, [
      { source: "press.txt", text: press, format: "text" },
    ]).documents[0] as DocumentComparison;

  it("flags it and says the caveat precedes", () => {
    const doc = run(`Brookfield House praised

Inspectors said "the new pharmacist has introduced effective weekly audits that staff value".`);
    const f = findingWith(doc, "weekly audits");
    expect(f.flags).toContain("selective");
    expect(f.reason).toMatch(/the caveat that precedes in the letter is never reported: "Medication records/);
  });

  it("is silent when the article reports the shortfall too", () => {
    const doc = run(`Brookfield House praised

Medication records were too often incomplete during the spring, inspectors found.

Inspectors said "the new pharmacist has introduced effective weekly audits that staff value".`);
    expect(findingWith(doc, "weekly audits").flags).not.toContain("selective");
  });
});

describe("compare: what a long press text keeps", () => {
  // The same article twice over: many findings have the same flags, rule ids or letter spans.
  const twice = {
    source: "twice.txt",
    text: `${GAZETTE_ARTICLE}\n\n${GAZETTE_ARTICLE}`,
    format: "text" as const,
  };
  const doc = compare(letter, [twice]).documents[0] as DocumentComparison;

  it("shares each finding's flags, rule ids and letter spans with the earlier findings that have the same ones", () => {
    let shared = 0;
    for (const key of ["flags", "rules", "letter"] as const) {
      const seen: unknown[][] = [];
      for (const f of doc.findings) {
        const earlier = seen.find((l) => JSON.stringify(l) === JSON.stringify(f[key]));
        if (earlier) {
          expect(f[key]).toBe(earlier);
          shared++;
        } else seen.push(f[key]);
      }
    }
    expect(shared).toBeGreaterThan(doc.findings.length);
  });

  it("freezes the shared lists, so no reader can change another finding's", () => {
    for (const f of doc.findings) {
      expect(Object.isFrozen(f.flags)).toBe(true);
      expect(Object.isFrozen(f.rules)).toBe(true);
      expect(Object.isFrozen(f.letter)).toBe(true);
    }
  });
});
