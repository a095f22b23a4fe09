/**
 * Builds small PDFs inside tests with pdf-lib: each page is a list of lines drawn at given positions
 * (in the order given, so a test can draw them out of reading order).
 */
import { PDFDocument, StandardFonts } from "pdf-lib";

export interface DrawnLine {
  text: string;
  x?: number;
  y: number;
  size?: number;
}

export async function buildPdf(pages: DrawnLine[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    for (const l of lines) page.drawText(l.text, { x: l.x ?? 72, y: l.y, size: l.size ?? 11, font });
  }
  return doc.save();
}

/** Lines of a paragraph from `top` downwards, 15 points apart. */
export function paragraph(lines: string[], top: number): DrawnLine[] {
  return lines.map((text, i) => ({ text, y: top - 15 * i }));
}
