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

/**
 * Inputs larger than this are refused with a clear message rather than exhausting memory (the
 * default; `--max-size MB` raises it). A letter is under 1 MB and an article under 200 KB.
 */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** The message for an input over the size limit (`atLeast` when reading stopped at the cap). */
export function tooLarge(bytes: number, limit = MAX_INPUT_BYTES, atLeast = false): string {
  const size = `${atLeast ? "more than " : ""}${(bytes / 1048576).toFixed(1)} MB`;
  return `too large (${size}; the limit is ${+(limit / 1048576).toFixed(1)} MB, raise it with --max-size)`;
}

/** Bytes look binary when they hold NUL bytes or many control characters (text has almost none). */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/** The first bytes as printable ASCII in quotes, for messages ("starts with "<html>…""). */
export function firstChars(bytes: Uint8Array, count = 12): string {
  return JSON.stringify(
    new TextDecoder("utf-8", { fatal: false })
      .decode(bytes.subarray(0, count))
      .replace(/^\ufeff/, "")
      .replace(/[^\x20-\x7e]/g, "."),
  );
}

/**
 * Decodes the bytes of a text, Markdown or HTML input: UTF-16 with a BOM, UTF-8 (BOM dropped), a
 * charset the server declared, and Windows-1252 when the bytes are not valid UTF-8 (with a warning:
 * old Word exports and some council sites still produce it).
 */
export function decodeText(
  source: string,
  bytes: Uint8Array,
  declaredCharset?: string,
  maxBytes = MAX_INPUT_BYTES,
): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  if (bytes.length > maxBytes) throw new InputError(source, tooLarge(bytes.length, maxBytes));
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), warnings };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), warnings };
  if (looksBinary(bytes))
    throw new InputError(source, `not text (binary data; starts with ${firstChars(bytes)})`);
  // A declared charset counts unless a UTF-8 BOM says otherwise.
  const declared = !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    ? declaredDecoder(declaredCharset)
    : undefined;
  if (declared) return { text: declared(bytes), warnings };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), warnings };
  } catch {
    // A few bad bytes in a UTF-8 file (a truncated download, one pasted character) do not make it
    // Windows-1252: read as that, every curly quote of the rest would become "â€™". Only a text with
    // no valid multi-byte UTF-8 at all, or more bad bytes than good sequences, is clearly another encoding.
    const { valid, invalid } = utf8Shape(bytes);
    if (valid > 0 && invalid <= valid) {
      warnings.push(
        `${source}: ${invalid} byte${invalid === 1 ? " is" : "s are"} not valid UTF-8; replaced with U+FFFD`,
      );
      return { text: new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes), warnings };
    }
    warnings.push(`${source}: not valid UTF-8; read as Windows-1252`);
    return { text: decodeWindows1252(bytes), warnings };
  }
}

/** Counts of well-formed multi-byte UTF-8 sequences and of bytes that belong to none. */
export function utf8Shape(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/**
 * A decoder for a charset a server or page declared, unless it is UTF-8 (tried strictly instead) or
 * unknown. Latin-1 labels mean Windows-1252, as in browsers, and go through our table.
 */
function declaredDecoder(charset: string | undefined): ((bytes: Uint8Array) => string) | undefined {
  if (!charset || /^utf-?8$/i.test(charset)) return undefined;
  if (/^(?:windows-1252|cp1252|iso-8859-1|iso8859-1|latin-?1|us-ascii|ascii)$/i.test(charset))
    return decodeWindows1252;
  try {
    const decoder = new TextDecoder(charset.toLowerCase());
    return (bytes) => decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Windows-1252's printable characters at 0x80–0x9F (the rest of the range maps like Latin-1). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * Decodes Windows-1252 by table: Node 20's TextDecoder("windows-1252") reads 0x80–0x9F as Latin-1
 * control characters, losing the curly quotes and dashes those bytes mean.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (c) =>
      CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80),
    );
  }
  return out;
}
