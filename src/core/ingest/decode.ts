import type { SourceDocument } from "../types.js";

/** An input that cannot be used, with a message fit for one line of stderr. */
export class InputError extends Error {
  constructor(
    readonly source: string,
    readonly problem: string,
  ) {
    super(`cannot read ${source}: ${problem}`);
    this.name = "InputError";
  }
}

/** Inputs larger than this are refused with a clear message rather than exhausting memory. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Bytes look binary when they hold NUL bytes or many control characters (text has almost none). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

function firstChars(bytes: Uint8Array): string {
  return JSON.stringify(
    new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 12)).replace(/[^\x20-\x7e]/g, "."),
  );
}

/**
 * Decodes the bytes of a text or Markdown input: UTF-8 (BOM dropped), UTF-16 with a BOM, and
 * Windows-1252 when the bytes are not valid UTF-8 (returned as a warning).
 */
export function decodeText(source: string, bytes: Uint8Array): { doc: SourceDocument; warnings: string[] } {
  const warnings: string[] = [];
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(
      source,
      `too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`,
    );
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
      throw new InputError(source, "a PDF; PDF input is not supported yet (save the letter as text)");
    }
    if (looksBinary(bytes))
      throw new InputError(source, `not text (binary data; starts with ${firstChars(bytes)})`);
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder("windows-1252").decode(bytes);
      warnings.push(`${source}: not valid UTF-8; read as Windows-1252`);
    }
  }
  if (text.trim().length === 0) throw new InputError(source, "empty (no text)");
  const format = /\.(?:md|markdown)$/i.test(source) ? "markdown" : "text";
  return { doc: { source, text, format }, warnings };
}
