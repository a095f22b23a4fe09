import { describe, expect, it } from "vitest";
import { furnitureLines, layoutPdf, linesOfPage, type PdfPage } from "../../src/core/ingest/pdfLayout.js";

/** A page from [text, x, y] triples, items 6 points per character wide, 11 points high. */
function page(items: Array<[string, number, number]>): PdfPage {
  return { items: items.map(([str, x, y]) => ({ str, x, y, width: str.length * 6, height: 11 })) };
}

const FULL = "x".repeat(60); // a full line is 360 points wide

describe("linesOfPage", () => {
  it("reads items top to bottom and left to right, whatever order they were drawn in", () => {
    const lines = linesOfPage(
      page([
        ["world", 110, 700],
        ["second line", 72, 685],
        ["Hello", 72, 700],
      ]),
    );
    expect(lines.map((l) => l.text)).toEqual(["Hello world", "second line"]);
  });

  it("adds no space between items that touch, and one where there is a gap", () => {
    const p: PdfPage = {
      items: [
        { str: "inspec", x: 72, y: 700, width: 36, height: 11 },
        { str: "tion", x: 108, y: 700, width: 24, height: 11 },
        { str: "report", x: 140, y: 700, width: 36, height: 11 },
      ],
    };
    expect(linesOfPage(p).map((l) => l.text)).toEqual(["inspection report"]);
  });
});

describe("furnitureLines", () => {
  it("drops lines repeated at the top or bottom of most pages, digits generalised, and page numbers", () => {
    const pages = [1, 2, 3].map((n) =>
      linesOfPage(
        page([
          ["HM Inspectorate of Prisons", 72, 800],
          [["Leaders act.", "Staff are trained.", "Records are kept."][n - 1] as string, 72, 700],
          [`Page ${n} of 3`, 72, 40],
        ]),
      ),
    );
    const dropped = [...furnitureLines(pages)].map((l) => l.text);
    expect(dropped).toContain("HM Inspectorate of Prisons");
    expect(dropped).toContain("Page 2 of 3");
    expect(dropped).not.toContain("Staff are trained.");
  });

  it("keeps a one-page letter's lines, except a bare page number", () => {
    const lines = linesOfPage(
      page([
        ["Estyn", 72, 800],
        ["The school is improving.", 72, 700],
        ["- 1 -", 290, 40],
      ]),
    );
    expect([...furnitureLines([lines])].map((l) => l.text)).toEqual(["- 1 -"]);
  });
});

describe("layoutPdf", () => {
  it("joins wrapped lines with a space, keeps short lines apart and separates paragraphs by a blank line", () => {
    const out = layoutPdf([
      page([
        ["Dear Mr Okafor", 72, 760],
        [FULL, 72, 730],
        [`${FULL} wraps`, 72, 715],
        ["onto this line.", 72, 700],
        ["A new paragraph.", 72, 675],
      ]),
    ]);
    expect(out.text).toBe(`Dear Mr Okafor\n\n${FULL} ${FULL} wraps onto this line.\n\nA new paragraph.`);
  });

  it("joins a sentence cut by a page break and drops the running header and footer between", () => {
    const header: [string, number, number] = ["Ofqual - regulatory letter", 72, 800];
    const out = layoutPdf([
      page([
        header,
        [`${FULL} first`, 72, 700],
        [`${FULL} the centre has`, 72, 685],
        ["Page 1 of 2", 72, 40],
      ]),
      page([header, ["not yet met the standard.", 72, 700], ["Page 2 of 2", 72, 40]]),
    ]);
    expect(out.text).toBe(`${FULL} first ${FULL} the centre has not yet met the standard.`);
    expect(out.dropped).toEqual([
      "Ofqual - regulatory letter",
      "Page 1 of 2",
      "Ofqual - regulatory letter",
      "Page 2 of 2",
    ]);
    expect(out.pages).toEqual([
      { page: 1, start: 0, end: 2 * FULL.length + 22 },
      { page: 2, start: 2 * FULL.length + 23, end: out.text.length },
    ]);
  });

  it("does not run a page's closing sentence or short heading into the next page", () => {
    const out = layoutPdf([
      page([
        [`${FULL} ends here.`, 72, 700],
        ["Next steps", 72, 670],
      ]),
      page([["Leaders should act quickly.", 72, 700]]),
    ]);
    expect(out.text).toBe(`${FULL} ends here.\n\nNext steps\n\nLeaders should act quickly.`);
  });

  it("rejoins a word hyphenated at the end of a line without a space", () => {
    const out = layoutPdf([
      page([
        [`${FULL} well-`, 72, 700],
        ["being of pupils.", 72, 685],
      ]),
    ]);
    expect(out.text).toBe(`${FULL} well-being of pupils.`);
  });

  it("gives empty text for pages without items", () => {
    expect(layoutPdf([{ items: [] }]).text).toBe("");
  });
});
