import { describe, expect, it } from "vitest";
import type { Comparison } from "../../src/core/types.js";
import { jsonReportChunks, renderJson, toReport } from "../../src/report/json.js";
import { jsonWithoutBidi } from "../../src/report/sanitize.js";
import {
  ARTICLE_SENTENCE,
  ARTICLE_TEXT,
  careHomeComparison,
  careHomeDecisions,
  HOSTILE_TEXT,
  hostileComparison,
  hostileDecisions,
  IMG_BREAKOUT,
  LETTER_TEXT,
  LONG_SENTENCE,
  SCRIPT_TAG,
} from "../fixtures/comparisonFixture.js";
import { controlCharsIn } from "../fixtures/controlChars.js";

/** Every span of a report slices the text it points into: the offsets are the truth. */
function expectOffsetsSlice(json: string): void {
  const report = JSON.parse(json);
  for (const doc of report.documents) {
    for (const f of doc.findings) {
      expect(doc.text.slice(f.press.start, f.press.end)).toBe(f.press.text);
      for (const s of f.letter) expect(report.letter.text.slice(s.start, s.end)).toBe(s.text);
    }
    for (const o of doc.omissions) expect(report.letter.text.slice(o.start, o.end)).toBe(o.text);
  }
}

describe("renderJson", () => {
  const json = renderJson(careHomeComparison(), careHomeDecisions);
  const report = JSON.parse(json);

  it("prints the schemaVersion 1 contract with the extracted texts, ending in a newline", () => {
    expect(json.endsWith("}\n")).toBe(true);
    expect(report.schemaVersion).toBe(1);
    expect(report.generator.name).toBe("presscheck");
    expect(report.letter).toEqual({
      source: "letters/cqc-willow-bank-2025.txt",
      format: "text",
      text: LETTER_TEXT,
    });
    expect(report.documents.map((d: { source: string }) => d.source)).toEqual([
      "news/hartford-gazette-willow-bank.txt",
      "news/hartford-weekly-2019-archive.txt",
    ]);
    expect(report.documents[0].text).toBe(ARTICLE_TEXT);
    expect(report.documents[0].differentDocument).toBe(false);
    expect(report.documents[1].differentDocument).toBe(true);
    expect(report.documents[1].differentDocumentReason).toMatch(/June 2019/);
  });

  it("gives every finding its kind, flags, both texts with offsets, reason and diff", () => {
    const medicines = report.documents[0].findings.find((f: { id: string }) => f.id === "f-medicines");
    expect(medicines).toMatchObject({
      kind: "quote-altered",
      flags: [],
      similarity: 0.67,
      reason: '"mostly" became "always" inside the quotation marks.',
      diff: [
        { op: "delete", text: "mostly" },
        { op: "insert", text: "always" },
        { op: "equal", text: " managed safely" },
      ],
    });
    expect(medicines.letter).toHaveLength(1);
    expectOffsetsSlice(json);
  });

  it("carries review decisions only for the findings that have one", () => {
    const byId = new Map(report.documents[0].findings.map((f: { id: string }) => [f.id, f]));
    expect((byId.get("f-medicines") as { review: unknown }).review).toEqual(careHomeDecisions["f-medicines"]);
    expect((byId.get("f-complaints") as { review: unknown }).review).toEqual({
      note: "Ask the editor where this came from",
      updatedAt: "2025-04-01T10:06:00Z",
    });
    expect(byId.get("f-rating")).not.toHaveProperty("review");
    expect(JSON.parse(renderJson(careHomeComparison())).documents[0].findings[2]).not.toHaveProperty(
      "review",
    );
  });

  it("summarises each document: counts per kind and flag, shares, omissions", () => {
    const s = report.documents[0].summary;
    expect(s.counts).toMatchObject({ "quote-altered": 1, "quote-not-found": 1, "not-checked": 2 });
    expect(s.flags).toMatchObject({ selective: 1, misattributed: 1, overgeneralised: 0 });
    expect(s).toMatchObject({
      sourcedShare: 0.75,
      positiveReported: 0.8,
      criticalReported: 0.5,
      omissions: 1,
    });
    expect(report.documents[0].omissions[0].reason).toMatch(/never mentions/);
  });

  it("refuses to print a comparison that breaks the contract", () => {
    const c = careHomeComparison();
    const broken = {
      ...c,
      documents: [{ ...c.documents[0], findings: [{ ...c.documents[0]?.findings[0], kind: "misquote" }] }],
    } as unknown as Comparison;
    expect(() => toReport(broken)).toThrow(/kind/);
  });
});

describe("renderJson with hostile input", () => {
  const json = renderJson(hostileComparison(), hostileDecisions);
  const report = JSON.parse(json);

  it("keeps document text exactly as read, so offsets still slice it", () => {
    // JSON text is data, not markup: it is not HTML-escaped or stripped (that would move offsets);
    // renderers that display it (md, html, csv, check) sanitise the slices they show.
    expect(report.documents[0].text).toBe(HOSTILE_TEXT);
    expect(report.documents[0].source).toBe(`reports/${IMG_BREAKOUT}|evil.html`);
    expect(report.documents[0].findings[1].reason).toBe(`Reason with ${SCRIPT_TAG} and ${IMG_BREAKOUT}`);
    expect(report.documents[0].findings[0].review.note).toBe(hostileDecisions["h-0"]?.note);
    expectOffsetsSlice(json);
  });

  it("writes control characters and escape sequences only as JSON escapes, never raw", () => {
    expect(HOSTILE_TEXT).toContain("\u001b[31m");
    expect(controlCharsIn(json, "\n")).toEqual([]);
    expect(json).toContain("\\u001b[31m");
  });

  it("keeps a very long sentence whole", () => {
    const long = report.documents[0].findings.find((f: { press: { text: string } }) =>
      f.press.text.startsWith("Inspectors said"),
    );
    expect(long.press.text).toBe(LONG_SENTENCE);
    expect(long.press.text.length).toBeGreaterThan(5000);
  });

  it("keeps Arabic, Chinese and emoji, with UTF-16 offsets that slice after the emoji", () => {
    const families = JSON.parse(renderJson(careHomeComparison())).documents[0].findings.find(
      (f: { id: string }) => f.id === "f-families",
    );
    expect(families.press.text).toBe(ARTICLE_SENTENCE.multilingual);
    expect(families.press.start).toBe(ARTICLE_TEXT.indexOf(ARTICLE_SENTENCE.multilingual));
    expect(families.press.text).toContain("رعاية ممتازة");
    expect(families.press.text).toContain("非常好的护理");
    expect(families.press.text).toContain("👵🏽");
  });

  it("stays valid UTF-8 when a document holds a lone surrogate half", () => {
    const c = careHomeComparison();
    const doc = c.documents[1];
    if (!doc) throw new Error("fixture has two documents");
    const odd = { ...c, documents: [{ ...doc, text: `${doc.text}broken \ud83d half` }] };
    const out = renderJson(odd);
    expect(Buffer.from(out, "utf8").toString("utf8")).toBe(out);
    expect(JSON.parse(out).documents[0].text.endsWith("broken \ud83d half")).toBe(true);
  });
});

describe("jsonReportChunks", () => {
  /** The report as one JSON string, as it was written before it was written in pieces. */
  const whole = (c: Comparison, decisions = {}) =>
    `${jsonWithoutBidi(JSON.stringify(toReport(c, decisions), null, 2))}\n`;

  it("writes the same characters as the whole report made at once", () => {
    expect(renderJson(careHomeComparison(), careHomeDecisions)).toBe(
      whole(careHomeComparison(), careHomeDecisions),
    );
    expect(renderJson(hostileComparison(), hostileDecisions)).toBe(
      whole(hostileComparison(), hostileDecisions),
    );
  });

  it("writes a report with no press document, and a document with no finding, the same way", () => {
    const c = careHomeComparison();
    expect(renderJson({ ...c, documents: [] })).toBe(whole({ ...c, documents: [] }));
    const empty = c.documents.map((d) => ({ ...d, findings: [] }));
    expect(renderJson({ ...c, documents: empty })).toBe(whole({ ...c, documents: empty }));
  });

  it("hands the report on in pieces once it is long, each piece whole lines of JSON", () => {
    const c = careHomeComparison();
    const doc = c.documents[0];
    if (!doc) throw new Error("fixture has a document");
    // The same findings many times over: a report of a few megabytes.
    const many = { ...doc, findings: Array.from({ length: 400 }, () => doc.findings).flat() };
    const pieces = [...jsonReportChunks({ ...c, documents: [many] })];
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join("")).toBe(whole({ ...c, documents: [many] }));
  });

  it("refuses a finding the schema refuses, as the whole report did", () => {
    const c = careHomeComparison();
    const doc = c.documents[0];
    const first = doc?.findings[0];
    if (!doc || !first) throw new Error("fixture has a finding");
    const bad = { ...c, documents: [{ ...doc, findings: [{ ...first, kind: "misquoted" as never }] }] };
    expect(() => renderJson(bad)).toThrow();
  });
});
