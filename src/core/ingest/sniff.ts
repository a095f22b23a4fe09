/**
 * What an input is, judged by its content rather than its name: a file called `.pdf` may be the
 * HTML error page a site served instead, and a saved web page may be called `.txt`.
 */
export type SniffedFormat = "pdf" | "html" | "text";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** PDF files start with `%PDF-`; the format lets junk precede it within the first kilobyte. */
export function isPdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let i = 0; i <= limit; i++) {
    if (PDF_MAGIC.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}

/**
 * Decoded text is an HTML page when, after white space, comments and an XML declaration, it opens
 * with a doctype or one of the elements a page starts with. A text that merely mentions a tag is not.
 */
export function isHtml(text: string): boolean {
  const head = text
    .slice(0, 4096)
    .replace(/^\ufeff/, "")
    .replace(/^(?:\s+|<\?xml[^>]*>|<!--[\s\S]*?-->)*/i, "");
  return /^<(?:!doctype\s+html|html|head|body|meta|title|article|main)\b/i.test(head);
}

/** The format a file name or media type claims, used only to reject inputs that are not what they claim. */
export function claimedFormat(source: string, contentType?: string): SniffedFormat | undefined {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  if (type === "application/pdf" || type === "application/x-pdf") return "pdf";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "text/plain" || type === "text/markdown") return "text";
  const path = source.replace(/[?#].*$/, "");
  if (/\.pdf$/i.test(path)) return "pdf";
  if (/\.x?html?$/i.test(path)) return "html";
  return undefined;
}
