import type { SourceDocument } from "../types.js";
import { decodeText, firstChars, InputError, MAX_INPUT_BYTES, tooLarge } from "./decode.js";
import { normaliseText } from "./normalise.js";
import { claimedFormat, isHtml, isPdf } from "./sniff.js";

/** Where the bytes came from, besides their name: a server's media type and charset. */
export interface IngestHints {
  contentType?: string;
  /** The largest input accepted, in bytes (default MAX_INPUT_BYTES). */
  maxBytes?: number;
  /**
   * Go by content alone: a file named `.pdf` that holds an HTML page is read as that page (with a
   * warning) instead of refused. For bulk imports (`index add`), where an archive's misnamed file
   * is still a document; a single comparison keeps refusing it, as a misnamed letter is usually an
   * error page saved by mistake.
   */
  byContent?: boolean;
}

export interface Ingested {
  doc: SourceDocument;
  warnings: string[];
}

function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "")?.[1];
}

/**
 * The charset a saved HTML page declares in its first kilobyte (`<meta charset="…">` or the
 * http-equiv form), read as ASCII before decoding: a page saved from an old site may be Latin-1 or
 * Shift_JIS and say so.
 */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

/**
 * Turns the bytes of one input into a document, deciding what they are by their content: a PDF is
 * laid out as text, an HTML page has its article extracted, anything else is text or Markdown.
 * A name or media type that claims PDF for something that is not one is refused (a site's error
 * page saved as `letter.pdf`), as are empty, binary and oversized inputs. The text is normalised
 * (line ends, soft hyphens and other invisible characters, control characters): offsets point into `doc.text`.
 */
export async function ingestBytes(
  source: string,
  bytes: Uint8Array,
  hints: IngestHints = {},
): Promise<Ingested> {
  const maxBytes = hints.maxBytes ?? MAX_INPUT_BYTES;
  if (bytes.length > maxBytes) throw new InputError(source, tooLarge(bytes.length, maxBytes));
  if (bytes.length === 0) throw new InputError(source, "empty (no text)");
  const claimed = claimedFormat(source, hints.contentType);
  if (isPdf(bytes)) {
    const { extractPdf } = await import("./pdf.js");
    const layout = await extractPdf(source, bytes);
    return finish(source, layout.text, "pdf", []);
  }
  if (claimed === "pdf" && !hints.byContent)
    throw new InputError(source, `not a PDF (starts with ${firstChars(bytes)})`);
  const { text, warnings } = decodeText(
    source,
    bytes,
    charsetOf(hints.contentType) ?? metaCharset(bytes),
    maxBytes,
  );
  if (isHtml(text)) {
    if (claimed === "pdf") warnings.push(`${source}: named as a PDF but is an HTML page; read as HTML`);
    const { extractHtml } = await import("./html.js");
    return finish(source, (await extractHtml(source, text)).text, "html", warnings);
  }
  const format = /\.(?:md|markdown)$/i.test(source.replace(/[?#].*$/, "")) ? "markdown" : "text";
  return finish(source, text, format, warnings);
}

function finish(source: string, raw: string, format: SourceDocument["format"], warnings: string[]): Ingested {
  const text = normaliseText(raw);
  if (text.trim().length === 0) {
    throw new InputError(source, raw.length === 0 ? "empty (no text)" : "empty (only white space)");
  }
  return { doc: { source, text, format }, warnings };
}
