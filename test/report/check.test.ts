import { describe, expect, it } from "vitest";
import type { Comparison, Finding } from "../../src/core/types.js";
import {
  checkDocuments,
  DEFAULT_FAIL_ON,
  FAIL_ON_TOKENS,
  type FailOnToken,
  formatCheckLine,
  formatCheckReport,
  formatCheckTotal,
  parseFailOn,
  toCheckJson,
} from "../../src/report/check.js";
import { findingSeverity, isDiscrepancy, worstFinding } from "../../src/report/severity.js";
import { careHomeComparison, hostileComparison, refreshSummary } from "../fixtures/comparisonFixture.js";
import { controlCharsIn } from "../fixtures/controlChars.js";

const tokens = (...list: FailOnToken[]): ReadonlySet<FailOnToken> => new Set(list);

/** The care-home comparison with its article keeping only the findings `keep` accepts. */
function withArticleFindings(keep: (f: Finding) => boolean): Comparison {
  const c = careHomeComparison();
  const article = c.documents[0];
  if (!article) throw new Error("fixture");
  article.findings = article.findings.filter(keep);
  refreshSummary(article);
  return c;
}

describe("checkDocuments", () => {
  it("judges the article as having discrepancies and failing on the default kinds and flag", () => {
    const result = checkDocuments(careHomeComparison(), DEFAULT_FAIL_ON);
    const [article, oldNews] = result.documents;
    expect(article).toMatchObject({
      source: "news/hartford-gazette-willow-bank.txt",
      verdict: "discrepancies",
      discrepancies: 6,
      omissions: 1,
      failed: true,
      failedOn: ["quote-altered", "quote-not-found", "overstated", "unsupported", "selective"],
    });
    expect(article?.counts).toMatchObject({ paraphrase: 2, "not-checked": 2, "quote-altered": 1 });
    expect(article?.flags).toEqual({ selective: 1, overgeneralised: 0, understated: 0, misattributed: 1 });
    expect(article?.worst?.id).toBe("f-best");
    expect(oldNews).toMatchObject({ verdict: "different document", failed: false, failedOn: [] });
    expect(oldNews?.worst).toBeUndefined();
    expect(result.failed).toBe(true);
    expect(result.total).toMatchObject({
      documents: 2,
      verdicts: { faithful: 0, discrepancies: 1, "different document": 1 },
      discrepancies: 6,
      omissions: 1,
      failed: 1,
    });
    // The different document's quote-not-found is not a misquote of this letter.
    expect(result.total.counts["quote-not-found"]).toBe(1);
  });

  it("fails a different document only when different-document is in failOn", () => {
    const result = checkDocuments(careHomeComparison(), tokens("different-document"));
    expect(result.documents.map((d) => [d.failed, d.failedOn])).toEqual([
      [false, []],
      [true, ["different-document"]],
    ]);
    expect(checkDocuments(careHomeComparison(), tokens("quote-not-found")).documents[1]?.failed).toBe(false);
  });

  it("fails only on the tokens asked for, flags and omissions included", () => {
    const [onlySelective] = checkDocuments(careHomeComparison(), tokens("selective")).documents;
    expect(onlySelective?.failedOn).toEqual(["selective"]);
    const [onOmission] = checkDocuments(
      careHomeComparison(),
      tokens("omission", "overgeneralised"),
    ).documents;
    expect(onOmission?.failedOn).toEqual(["omission"]);
    expect(checkDocuments(careHomeComparison(), new Set()).failed).toBe(false);
  });

  it("calls a document with no discrepancy kinds and no flags faithful, whatever its omissions", () => {
    const result = checkDocuments(
      withArticleFindings((f) => !isDiscrepancy(f)),
      DEFAULT_FAIL_ON,
    );
    expect(result.documents[0]).toMatchObject({
      verdict: "faithful",
      discrepancies: 0,
      omissions: 1,
      failed: false,
    });
    expect(result.documents[0]?.worst).toBeUndefined();
  });
});

describe("worst finding", () => {
  it("orders quote-not-found > unsupported > quote-altered > overstated > selective > misattributed", () => {
    const ids = (c: Comparison): string | undefined => worstFinding(c.documents[0]?.findings ?? [])?.id;
    const drop: string[] = [];
    const order: string[] = [];
    for (;;) {
      const id = ids(withArticleFindings((f) => !drop.includes(f.id)));
      if (id === undefined) break;
      order.push(id);
      drop.push(id);
    }
    expect(order).toEqual(["f-best", "f-complaints", "f-medicines", "f-falls", "f-staffing", "f-dignity"]);
  });

  it("ranks a finding by the worse of its kind and its flags, earliest first among equals", () => {
    const c = careHomeComparison();
    const findings = c.documents[0]?.findings ?? [];
    const falls = findings.find((f) => f.id === "f-falls");
    if (!falls) throw new Error("fixture");
    expect(findingSeverity({ ...falls, flags: ["selective"] })).toBe(findingSeverity(falls));
    expect(findingSeverity({ ...falls, kind: "copied", flags: ["understated"] })).toBeGreaterThan(0);
    const twins = [
      { ...falls, id: "first" },
      { ...falls, id: "second" },
    ];
    expect(worstFinding(twins)?.id).toBe("first");
  });
});

describe("formatCheckLine and formatCheckTotal", () => {
  it("prints verdict, counts most severe first, omissions, worst finding and failure", () => {
    const [article, oldNews] = checkDocuments(careHomeComparison(), DEFAULT_FAIL_ON).documents;
    if (!article || !oldNews) throw new Error("fixture");
    expect(formatCheckLine(article)).toBe(
      "news/hartford-gazette-willow-bank.txt  discrepancies  1 quote-not-found, 1 unsupported, 1 quote-altered, " +
        '1 overstated, 1 selective, 1 misattributed, 1 omission  worst: quote-not-found "Inspectors said the home was "the best…"  ' +
        "FAIL (quote-altered, quote-not-found, overstated, unsupported, selective)",
    );
    expect(formatCheckLine(oldNews)).toBe(
      "news/hartford-weekly-2019-archive.txt  different document  Reports the CQC inspection of June 2019, not the March 2025 inspection this letter describes",
    );
  });

  it("prefers the quoted words of a quote finding and names flags of the worst finding", () => {
    const c = withArticleFindings((f) => f.id === "f-staffing" || f.id === "f-contact");
    const [doc] = checkDocuments(c, tokens("quote-altered")).documents;
    if (!doc) throw new Error("fixture");
    expect(formatCheckLine(doc)).toBe(
      'news/hartford-gazette-willow-bank.txt  discrepancies  1 selective, 1 omission  worst: paraphrase (selective) "Staffing levels had improved since the…"',
    );
    const medicines = careHomeComparison().documents[0]?.findings.find((f) => f.id === "f-medicines");
    if (!medicines) throw new Error("fixture");
    const inner = { start: 0, end: 0, text: "always managed safely" };
    const quoted = withArticleFindings(() => false);
    quoted.documents[0]?.findings.push({
      ...medicines,
      quote: { ...inner, inner, speaker: "regulator" },
    });
    const [quotedDoc] = checkDocuments(quoted, DEFAULT_FAIL_ON).documents;
    expect(quotedDoc && formatCheckLine(quotedDoc)).toContain('worst: quote-altered "always managed safely"');
  });

  it("says faithful with no discrepancies, and aligns sources in a report", () => {
    const c = withArticleFindings((f) => !isDiscrepancy(f));
    const result = checkDocuments(c, DEFAULT_FAIL_ON);
    expect(formatCheckReport(result).split("\n")).toEqual([
      "news/hartford-gazette-willow-bank.txt  faithful  no discrepancies, 1 omission",
      "news/hartford-weekly-2019-archive.txt  different document  Reports the CQC inspection of June 2019, not the March 2025 inspection this letter describes",
      "total  2 documents: 1 faithful, 1 different document; no discrepancies, 1 omission; 0 failed",
    ]);
  });

  it("totals over documents", () => {
    expect(formatCheckTotal(checkDocuments(careHomeComparison(), DEFAULT_FAIL_ON))).toBe(
      "total  2 documents: 1 with discrepancies, 1 different document; 1 quote-not-found, 1 unsupported, " +
        "1 quote-altered, 1 overstated, 1 selective, 1 misattributed, 1 omission; 1 failed",
    );
  });

  it("prints hostile sources and text safely on one terminal line", () => {
    const c = hostileComparison();
    const doc = c.documents[0];
    if (!doc) throw new Error("fixture");
    doc.source = "\u001b[2Jevil\u001b]0;title\u0007\nname.txt";
    const line = formatCheckLine(checkDocuments(c, DEFAULT_FAIL_ON).documents[0] ?? ({} as never));
    expect(controlCharsIn(line, "")).toEqual([]);
    expect(
      line.startsWith("evil name.txt  discrepancies  1 quote-not-found, 2 unsupported, 4 quote-altered"),
    ).toBe(true);
  });

  it("keeps the line short when the worst finding is a 5,000-character sentence", () => {
    const c = hostileComparison();
    const doc = c.documents[0];
    if (!doc) throw new Error("fixture");
    doc.findings = doc.findings.filter((f) => f.press.text.length > 1000);
    refreshSummary(doc);
    doc.findings.forEach((f) => {
      f.kind = "quote-not-found";
    });
    const line = formatCheckLine(checkDocuments(c, DEFAULT_FAIL_ON).documents[0] ?? ({} as never));
    expect(line).toMatch(/worst: quote-not-found "Inspectors said "the home was very good…" {2}FAIL/);
    expect(line.length).toBeLessThan(300);
  });

  it("pads sources by terminal columns: CJK and emoji count two, not by UTF-16 units", () => {
    const c = careHomeComparison();
    const [first, second] = c.documents;
    if (!first || !second) throw new Error("fixture");
    first.source = "新闻🎉.txt";
    second.source = "news.txt";
    const lines = formatCheckReport(checkDocuments(c, DEFAULT_FAIL_ON)).split("\n");
    expect(lines[0]?.startsWith("新闻🎉.txt  discrepancies")).toBe(true);
    // "新闻🎉.txt" takes 10 columns, so "news.txt" (8) gets 2 spaces before the 2-space separator.
    expect(lines[1]?.startsWith("news.txt    different document")).toBe(true);
  });
});

describe("parseFailOn", () => {
  it("parses a comma list, ignoring spaces and empty items", () => {
    expect(parseFailOn(" quote-altered, selective ,,different-document")).toEqual(
      new Set(["quote-altered", "selective", "different-document"]),
    );
  });

  it("accepts every kind, flag and document token, and none for an empty set", () => {
    expect(parseFailOn(FAIL_ON_TOKENS.join(","))).toEqual(new Set(FAIL_ON_TOKENS));
    expect(parseFailOn("none")).toEqual(new Set());
  });

  it("throws an Error naming the bad token and listing the valid ones", () => {
    expect(() => parseFailOn("quote-altered,quote-alterd")).toThrow(
      /--fail-on: unknown kind or flag "quote-alterd"; expected one of: quote-exact, .*different-document, omission, no-claims \(or none alone\)/,
    );
    expect(() => parseFailOn("Selective")).toThrow('"Selective"');
    expect(() => parseFailOn(" , ")).toThrow(/empty list/);
    expect(() => parseFailOn("none,selective")).toThrow('"none"');
  });

  it("round-trips DEFAULT_FAIL_ON", () => {
    expect(parseFailOn([...DEFAULT_FAIL_ON].join(","))).toEqual(new Set(DEFAULT_FAIL_ON));
  });
});

describe("toCheckJson", () => {
  it("gives each document's verdict, counts and failure, the worst finding cut down, and the total", () => {
    const json = toCheckJson(checkDocuments(careHomeComparison(), DEFAULT_FAIL_ON));
    const [article, oldNews] = json.documents;
    expect(article).toMatchObject({ verdict: "discrepancies", failed: true, discrepancies: 6, omissions: 1 });
    expect(article?.worst).toEqual({
      kind: "quote-not-found",
      flags: [],
      press: expect.objectContaining({ text: 'Inspectors said the home was "the best in the county".' }),
      reason: "No letter passage is close to the quoted words.",
    });
    expect(Object.keys(article?.worst ?? {})).toEqual(["kind", "flags", "press", "reason"]);
    expect(oldNews).toMatchObject({
      verdict: "different document",
      differentDocumentReason: expect.any(String),
    });
    expect(oldNews).not.toHaveProperty("worst");
    expect(json.total.verdicts).toEqual({
      faithful: 0,
      discrepancies: 1,
      "different document": 1,
      "no claims about the letter": 0,
    });
    expect(json.failed).toBe(true);
  });

  it("survives JSON.stringify with hostile text: control characters only as escapes", () => {
    const text = JSON.stringify(toCheckJson(checkDocuments(hostileComparison(), DEFAULT_FAIL_ON)));
    expect(controlCharsIn(text, "")).toEqual([]);
    expect(JSON.parse(text).documents[0].source).toContain("<img src=x onerror=alert(1)>");
  });
});
