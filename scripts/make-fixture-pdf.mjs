#!/usr/bin/env node
// Builds the PDF fixtures the ingest tests read: a regulator letter typeset on A4 pages with a
// running header, a footer with the page number ("Page 2 of 3") and a reference line, wrapped lines
// and paragraphs that run across page breaks. To make reading-order recovery matter, each page draws
// its footer first, its body lines bottom to top and its header last.
//
//   node scripts/make-fixture-pdf.mjs LETTER.txt OUT.pdf "Running header" "Footer reference"
//   node scripts/make-fixture-pdf.mjs --all     (rebuilds every fixture in test/fixtures/pdf/)
//
// The output is deterministic (fixed dates, no object streams), so rebuilding gives the same bytes.
import { readFileSync, writeFileSync } from "node:fs";
import { PDFDocument, StandardFonts } from "pdf-lib";

const PAGE = [595, 842];
const MARGIN_X = 72;
const BODY_TOP = 742;
const BODY_BOTTOM = 90;
const SIZE = 11;
const LEADING = 15;
const PARAGRAPH_SKIP = 9;

/** Characters the standard fonts cannot encode become "?" (the fixtures are WinAnsi text). */
function encodable(font, text) {
  let out = "";
  for (const ch of text) {
    try {
      font.encodeText(ch);
      out += ch;
    } catch {
      out += "?";
    }
  }
  return out;
}

function wrap(font, text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, SIZE) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function makeLetterPdf(letterText, header, footer) {
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date(Date.UTC(2020, 0, 1)));
  doc.setModificationDate(new Date(Date.UTC(2020, 0, 1)));
  doc.setProducer("presscheck fixture");
  doc.setCreator("scripts/make-fixture-pdf.mjs");
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const width = PAGE[0] - 2 * MARGIN_X;
  // Lay out: each source line is wrapped; blank lines separate paragraphs.
  const placed = [[]];
  let y = BODY_TOP;
  for (const para of letterText.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    if (!para.trim()) continue;
    if (y !== BODY_TOP) y -= PARAGRAPH_SKIP;
    for (const sourceLine of para.split("\n")) {
      for (const line of wrap(font, encodable(font, sourceLine.trim()), width)) {
        if (y < BODY_BOTTOM) {
          placed.push([]);
          y = BODY_TOP;
        }
        placed[placed.length - 1].push({ text: line, y });
        y -= LEADING;
      }
    }
  }
  const total = placed.length;
  placed.forEach((lines, p) => {
    const page = doc.addPage(PAGE);
    page.drawText(`Page ${p + 1} of ${total}`, { x: PAGE[0] - MARGIN_X - 60, y: 40, size: 9, font });
    page.drawText(encodable(font, footer), { x: MARGIN_X, y: 52, size: 8, font });
    for (const line of [...lines].reverse())
      page.drawText(line.text, { x: MARGIN_X, y: line.y, size: SIZE, font });
    page.drawText(encodable(font, header), { x: MARGIN_X, y: 800, size: 9, font });
  });
  return doc.save({ useObjectStreams: false });
}

const FIXTURES = [
  {
    text: "test/fixtures/pdf/invented-letter.txt",
    out: "test/fixtures/pdf/invented-letter.pdf",
    header: "Care Inspectorate Wales - Assurance check",
    footer: "Reference CIW/2024/0117 - OFFICIAL",
  },
  {
    text: "seeds/001_3ecc2d4aaa3c5f93.txt",
    out: "test/fixtures/pdf/seed-letter.pdf",
    header: "Monitoring visit letter",
    footer: "www.gov.uk - published letter",
  },
];

const args = process.argv.slice(2);
if (args[0] === "--all") {
  for (const f of FIXTURES) {
    writeFileSync(f.out, await makeLetterPdf(readFileSync(f.text, "utf8"), f.header, f.footer));
    console.log(`wrote ${f.out}`);
  }
} else if (args.length === 4) {
  writeFileSync(args[1], await makeLetterPdf(readFileSync(args[0], "utf8"), args[2], args[3]));
} else if (args.length > 0) {
  console.error("usage: make-fixture-pdf.mjs LETTER.txt OUT.pdf HEADER FOOTER | --all");
  process.exit(2);
}
