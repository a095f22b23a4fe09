import { describe, expect, it } from "vitest";
import { MAX_INPUT_BYTES } from "../../src/core/ingest/decode.js";
import { ingestBytes } from "../../src/core/ingest/ingest.js";
import { buildPdf, paragraph } from "./pdfBuilder.js";

const enc = (s: string) => new TextEncoder().encode(s);
const letter = "Dear Mr Lewis\n\nThe home provides safe care.\n";

describe("ingestBytes decides by content, not by name", () => {
  it("reads a PDF whatever it is called", async () => {
    const pdf = await buildPdf([paragraph(["The home provides safe care."], 700)]);
    const r = await ingestBytes("download", pdf);
    expect(r.doc).toMatchObject({ format: "pdf", text: "The home provides safe care." });
  });

  it("refuses a .pdf (or a server's application/pdf) that is really an HTML page", async () => {
    const page = enc("<!DOCTYPE html><html><body>404 Not Found</body></html>");
    await expect(ingestBytes("letter.pdf", page)).rejects.toThrow(
      'cannot read letter.pdf: not a PDF (starts with "<!DOCTYPE ht")',
    );
    await expect(ingestBytes("https://x.test/l", page, { contentType: "application/pdf" })).rejects.toThrow(
      /not a PDF/,
    );
  });

  it("extracts the article from an HTML page saved as .txt", async () => {
    const r = await ingestBytes(
      "saved.txt",
      enc("<html><body><p>Inspectors found care was safe.</p></body></html>"),
    );
    expect(r.doc).toMatchObject({ format: "html", text: "Inspectors found care was safe." });
  });

  it("reads text and Markdown, naming the format from the extension", async () => {
    expect((await ingestBytes("l.txt", enc(letter))).doc.format).toBe("text");
    expect((await ingestBytes("l.md", enc(letter))).doc.format).toBe("markdown");
  });
});

describe("ingestBytes normalises encodings and invisible characters", () => {
  it("gives the same text for UTF-8 with BOM, UTF-16 LE/BE and Windows line ends", async () => {
    const variants = [
      new Uint8Array([0xef, 0xbb, 0xbf, ...enc(letter)]),
      Buffer.from(`\ufeff${letter}`, "utf16le"),
      Buffer.from(`\ufeff${letter}`, "utf16le").swap16(),
      enc(letter.replace(/\n/g, "\r\n")),
    ];
    for (const v of variants) expect((await ingestBytes("v.txt", v)).doc.text).toBe(letter);
  });

  it("drops soft hyphens, so a hyphenation point does not cut a word in two", async () => {
    const r = await ingestBytes("n.txt", enc("Cardiff\u00a0Council’s inter\u00advention was prompt."));
    expect(r.doc.text).toBe("Cardiff\u00a0Council’s intervention was prompt.");
  });

  it("decodes a saved page in the charset its <meta> declares, without a warning", async () => {
    const head = enc('<html><head><meta charset="iso-8859-15"></head><body><p>Co');
    const page = new Uint8Array([
      ...head,
      0xfb,
      ...enc("t: 10 "),
      0xa4,
      ...enc(" per pupil.</p></body></html>"),
    ]);
    const r = await ingestBytes("page.html", page);
    expect(r.doc.text).toBe("Coût: 10 € per pupil.");
    expect(r.warnings).toEqual([]);
  });

  it("warns when it falls back to Windows-1252", async () => {
    const r = await ingestBytes(
      "w.txt",
      new Uint8Array([...enc("It was "), 0x93, ...enc("good"), 0x94, 0x2e]),
    );
    expect(r.doc.text).toBe("It was “good”.");
    expect(r.warnings).toEqual(["w.txt: not valid UTF-8; read as Windows-1252"]);
  });
});

describe("ingestBytes refuses unusable inputs with one-line reasons", () => {
  it.each([
    ["empty", new Uint8Array(), /empty/],
    ["white space only", enc(" \n\t\r\n\u00a0 "), /empty/],
    ["binary", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), /not text \(binary data/],
    ["too large", new Uint8Array(MAX_INPUT_BYTES + 10).fill(0x41), /too large/],
  ])("%s", async (_name, bytes, message) => {
    const err = await ingestBytes("in.txt", bytes).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).toMatch(/^cannot read in\.txt: /);
    expect((err as Error).message).not.toContain("\n");
  });
});
