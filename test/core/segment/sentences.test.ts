import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitBlocks } from "../../../src/core/segment/blocks.js";
import { cannotEndSentence, plainPieces, segmentSentences } from "../../../src/core/segment/sentences.js";
import { CQC_LETTER } from "../../fixtures/cqcLetter.js";

const texts = (t: string) => segmentSentences(t).map((s) => s.text);

describe("segmentSentences", () => {
  it("gives [start, end) offsets that slice back to each sentence", () => {
    for (const s of segmentSentences(CQC_LETTER)) expect(CQC_LETTER.slice(s.start, s.end)).toBe(s.text);
  });

  it("joins a sentence broken across a page break (blank lines, line ending mid-sentence)", () => {
    const t =
      "Residents who move between services in\n\n\nNorth Shire benefit from a single named worker. Staff know them well.";
    expect(texts(t)).toEqual([
      "Residents who move between services in\n\n\nNorth Shire benefit from a single named worker.",
      "Staff know them well.",
    ]);
  });

  it("joins a line wrapped before a lower-case word", () => {
    const t = "The quality of practice in the\nassessment team has improved.\n";
    expect(texts(t)).toEqual(["The quality of practice in the\nassessment team has improved."]);
  });

  it("keeps headings, addresses and list items apart", () => {
    const t =
      "Overview\n\nLeaders are effective.\n\n- Plans are clear.\n- Reviews are timely.\n\nYours sincerely";
    const sentences = segmentSentences(t);
    expect(sentences.map((s) => [s.text, s.role])).toEqual([
      ["Overview", "heading"],
      ["Leaders are effective.", "body"],
      ["Plans are clear.", "list-item"],
      ["Reviews are timely.", "list-item"],
      ["Yours sincerely", "heading"],
    ]);
  });

  it("does not split after abbreviations and initials", () => {
    expect(texts("Dr. Smith met Cllr. Jones on 3 Jan. 2024 with J. Bloggs. They agreed a plan.")).toEqual([
      "Dr. Smith met Cllr. Jones on 3 Jan. 2024 with J. Bloggs.",
      "They agreed a plan.",
    ]);
  });

  it("strips bullet markers and Markdown heading marks from the span", () => {
    const t = "# Inspection summary\n\n• Medicines are safe.\n1. Staff are kind.";
    expect(texts(t)).toEqual(["Inspection summary", "Medicines are safe.", "Staff are kind."]);
  });

  it("handles Windows line ends without putting \\r in a sentence", () => {
    const t = "First finding is here.\r\n\r\nSecond finding is here.\r\n";
    expect(texts(t)).toEqual(["First finding is here.", "Second finding is here."]);
  });

  it("splitBlocks returns nothing for white space", () => {
    expect(splitBlocks(" \n\t\n\u00a0")).toEqual([]);
  });
});

describe("segmentSentences in windows", () => {
  /** The segmenter's sentences of the whole text at once, trimmed (the text is short enough for it). */
  function whole(text: string): [number, number][] {
    const out: [number, number][] = [];
    for (const s of new Intl.Segmenter("en", { granularity: "sentence" }).segment(text)) {
      let start = s.index;
      let end = s.index + s.segment.length;
      while (start < end && /\s/.test(text.charAt(start))) start++;
      while (end > start && /\s/.test(text.charAt(end - 1))) end--;
      if (end > start) out.push([start, end]);
    }
    return out;
  }

  it("finds in a long paragraph the sentences the segmenter finds in it whole", () => {
    // Short sentences of many shapes, some opening with quotes, brackets or digits, in one
    // paragraph of about 20,000 characters (no line breaks: one block, read a window at a time).
    const shapes = [
      "Staff said “the plans are clear”.",
      "The nursery was rated good.",
      "“Leaders act quickly,” the governor added.",
      "(The trust disagreed.)",
      "2023 was a better year for the unit?",
      "Families wait; some wait for months!",
      "Outcomes improved… slowly.",
      "‘Rarely’ was the word used.",
    ];
    let text = "";
    for (let i = 0; text.length < 20_000; i++) text += `${shapes[(i * 5) % shapes.length]} `;
    const found = segmentSentences(text).map((s) => [s.start, s.end]);
    expect(found.length).toBeGreaterThan(500);
    expect(found).toEqual(whole(text));
  });
});

describe("segmentSentences without the segmenter", () => {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const icu = (text: string) => [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);

  it("skips it only for characters after which Unicode never ends a sentence", () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (!cannotEndSentence(c)) continue;
      const ch = String.fromCharCode(c);
      expect(icu(`Ab${ch} Cd${ch}ef ${ch} Gh`), `U+${c.toString(16)}`).toHaveLength(1);
    }
    for (const ch of [".", "!", "?", "\n", "\u2028", "\u0085", "\u3002"])
      expect(cannotEndSentence(ch.charCodeAt(0))).toBe(false);
  });

  it("finds what the segmenter finds in a paragraph that ends with a stop, closing marks or spaces", () => {
    for (const text of [
      "Leaders have acted quickly",
      "Leaders have acted quickly.",
      "He said “leaders have acted quickly.”  ",
      "Leaders acted (quickly!)",
      "Is it good?!",
      "Leaders acted. )",
      "Leaders acted. Staff too",
      "Leaders acted... staff too",
      "Mr. Smith acted",
    ])
      expect(segmentSentences(text).map((s) => s.text)).toEqual(
        icu(text).length > 1 && text.startsWith("Mr.") ? [text] : icu(text),
      );
  });
});

describe("plainPieces", () => {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const icu = (text: string) =>
    [...segmenter.segment(text)].map((s) => [s.index, s.index + s.segment.length]);
  /** Words, terminators, closing and opening marks, digits, abbreviations, white space of several kinds. */
  const PIECES = [
    "Staff",
    "staff",
    "A",
    "I",
    "UK",
    "U.K.",
    "gov.uk",
    ".uk",
    "x.Y",
    "?a",
    "..b",
    "e.g.",
    "No.",
    "3",
    "3.5",
    "2023",
    "é",
    "Été",
    "ßtaff",
    ".",
    ".",
    "!",
    "?",
    "...",
    "…",
    " ",
    " ",
    "  ",
    "\t",
    "\u00a0",
    "\n",
    "\u2028",
    '"',
    "'",
    ")",
    "]",
    "”",
    "’",
    "“",
    "‘",
    "(",
    ",",
    ";",
    ":",
    "-",
    "–",
    "—",
    "€",
    "%",
    "\u3002",
  ];

  it("finds what the segmenter finds, or leaves the text to it", () => {
    let decided = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        const plain = plainPieces(text, 0, text.length);
        if (plain === undefined) return;
        decided++;
        expect(plain).toEqual(icu(text));
      }),
      { numRuns: 5000 },
    );
    expect(decided).toBeGreaterThan(200);
  });

  it("cuts a paragraph of plain sentences where the segmenter does", () => {
    const text = "Leaders acted. Staff agreed! Was it enough? Yes.” Families said so.) The end";
    expect(plainPieces(text, 0, text.length)).toEqual(icu(text));
    expect(plainPieces(text, 0, text.length)?.length).toBe(6);
    expect(plainPieces("Rated 3.5 out of 4. Good", 0, 24)).toBeUndefined();
    expect(plainPieces("The U.K. team. Fine", 0, 19)).toBeUndefined();
  });
});
