import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/ingest/decode.js";
import { extractPdf } from "../../src/core/ingest/pdf.js";
import { segmentSentences } from "../../src/core/segment/sentences.js";
import { buildPdf, paragraph } from "./pdfBuilder.js";

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

describe("extractPdf on the committed fixture (scripts/make-fixture-pdf.mjs)", () => {
  const source = readFileSync("test/fixtures/pdf/invented-letter.txt", "utf8");
  const bytes = readFileSync("test/fixtures/pdf/invented-letter.pdf");

  it("recovers the letter's words in reading order, without header, footer or page numbers", async () => {
    const { text, dropped, pages } = await extractPdf("invented-letter.pdf", bytes);
    expect(pages.length).toBeGreaterThan(1);
    expect(squash(text)).toBe(squash(source));
    expect(text).not.toMatch(/Page \d of \d|Assurance check\n|CIW\/2024/);
    expect(dropped.filter((d) => /^Page \d of \d$/.test(d))).toHaveLength(pages.length);
  });

  it("keeps paragraphs, headings and the address block as separate blocks", async () => {
    const { text } = await extractPdf("invented-letter.pdf", bytes);
    const blocks = (s: string) =>
      s
        .split(/\n\s*\n/)
        .map(squash)
        .filter(Boolean);
    expect(blocks(text)).toEqual(blocks(source));
  });

  it("maps each page to its range of the text", async () => {
    const { text, pages } = await extractPdf("invented-letter.pdf", bytes);
    expect(pages[0]?.start).toBe(0);
    expect(pages[pages.length - 1]?.end).toBe(text.length);
    for (let i = 1; i < pages.length; i++) expect(pages[i]?.start).toBeGreaterThan(pages[i - 1]?.end ?? 0);
  });
});

describe("extractPdf on PDFs built in the test", () => {
  it("joins a sentence broken across a page break, so it is one sentence", async () => {
    const wide = "The inspection found that leaders at Riverside Academy have worked hard to";
    const pdf = await buildPdf([
      [
        { text: "Ofsted report", y: 800, size: 8 },
        ...paragraph(["Dear Ms Ahmed", "", wide, wide], 700),
      ].filter((l) => l.text),
      [
        { text: "Ofsted report", y: 800, size: 8 },
        ...paragraph(["improve attendance, which is rising.", "Yours sincerely"], 700),
      ],
    ]);
    const { text } = await extractPdf("riverside.pdf", pdf);
    expect(text).not.toContain("Ofsted report");
    const sentences = segmentSentences(text).map((s) => s.text);
    expect(sentences).toContain(`${wide} ${wide} improve attendance, which is rising.`);
  });

  it("refuses a PDF without a text layer, and a damaged PDF, with one-line reasons", async () => {
    const blank = await buildPdf([[]]);
    await expect(extractPdf("scan.pdf", blank)).rejects.toThrow(/without text \(a scanned image\?\)/);
    const broken = new TextEncoder().encode("%PDF-1.7\nthis is not really a PDF\n%%EOF");
    const err = await extractPdf("broken.pdf", broken).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/^cannot read broken\.pdf: a damaged or unreadable PDF/);
    expect((err as InputError).message).not.toContain("\n");
  });
});
