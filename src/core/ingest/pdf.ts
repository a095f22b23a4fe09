import { InputError } from "./decode.js";
import { layoutPdf, type PdfLayout, type PdfPage } from "./pdfLayout.js";

/** Pages beyond this are not read: regulator letters run to a few pages, and each costs time. */
export const MAX_PDF_PAGES = 200;

/**
 * Extracts the text of a PDF (unpdf's build of pdf.js, loaded only when a PDF arrives) and lays it
 * out with layoutPdf: reading order, running headers/footers and page numbers dropped, sentences
 * joined across page breaks. A PDF without a text layer (a scan) is refused with a clear message.
 */
export async function extractPdf(source: string, bytes: Uint8Array): Promise<PdfLayout> {
  const { getDocumentProxy } = await import("unpdf");
  let pages: PdfPage[];
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
    try {
      if (pdf.numPages > MAX_PDF_PAGES) {
        throw new InputError(source, `a PDF of ${pdf.numPages} pages (the limit is ${MAX_PDF_PAGES})`);
      }
      pages = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        const items = [];
        for (const it of content.items) {
          if (!("str" in it)) continue;
          const [, , c, d, x, y] = it.transform as number[];
          items.push({
            str: it.str,
            x: x ?? 0,
            y: y ?? 0,
            width: it.width,
            height: it.height || Math.hypot(c ?? 0, d ?? 0),
          });
        }
        pages.push({ items });
        page.cleanup();
      }
    } finally {
      await pdf.destroy();
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(
      source,
      `a damaged or unreadable PDF (${oneLine((err as Error).message ?? String(err))})`,
    );
  }
  const layout = layoutPdf(pages);
  if (layout.text.trim() === "") {
    throw new InputError(source, "a PDF without text (a scanned image?); run it through OCR first");
  }
  return layout;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").slice(0, 120);
}
