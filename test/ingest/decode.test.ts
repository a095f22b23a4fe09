import { describe, expect, it } from "vitest";
import { decodeText, InputError, MAX_INPUT_BYTES } from "../../src/core/ingest/decode.js";

const text = "Inspectors found “some” delay in Cardiff – not all cases.";

describe("decodeText", () => {
  it("reads UTF-8 and drops its BOM", () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText("a.txt", utf8).text).toBe(text);
    expect(decodeText("a.txt", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe(text);
  });

  it("reads UTF-16 with either BOM", () => {
    const le = Buffer.from(`\ufeff${text}`, "utf16le");
    const be = Buffer.from(le).swap16();
    expect(decodeText("le.txt", le).text).toBe(text);
    expect(decodeText("be.txt", be).text).toBe(text);
  });

  it("falls back to Windows-1252 with a warning when the bytes are not UTF-8", () => {
    // “some” – in Windows-1252: 0x93 some 0x94, 0x96 for the dash, 0xe9 for é
    const bytes = Buffer.from([
      ...Buffer.from("Caf"),
      0xe9,
      0x20,
      0x93,
      ...Buffer.from("some"),
      0x94,
      0x20,
      0x96,
    ]);
    const { text: decoded, warnings } = decodeText("old.txt", bytes);
    expect(decoded).toBe("Café “some” –");
    expect(warnings).toEqual(["old.txt: not valid UTF-8; read as Windows-1252"]);
  });

  it("reads a declared Latin-1 as Windows-1252, as browsers do", () => {
    const bytes = Buffer.from([0x93, 0x41, 0x94]);
    expect(decodeText("u", bytes, "ISO-8859-1")).toEqual({ text: "“A”", warnings: [] });
  });

  it("uses a charset the server declared", () => {
    const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9]);
    expect(decodeText("u", bytes, "iso-8859-1")).toEqual({ text: "Café", warnings: [] });
  });

  it("refuses binary data and oversized inputs with the reason", () => {
    expect(() => decodeText("img.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).toThrow(/binary/);
    const big = new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61);
    expect(() => decodeText("big.txt", big)).toThrow(InputError);
    expect(() => decodeText("big.txt", big)).toThrow(
      /too large \(20\.0 MB; the limit is 20 MB, raise it with --max-size\)/,
    );
  });
});
