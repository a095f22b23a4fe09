import { createHash } from "node:crypto";

/**
 * A finding's stable id: a hash of the press document's source, the finding's press text and its letter
 * sources, and which occurrence of that same text and sources it is in the document (a repeated
 * stand-first is two findings). Never its position in a list, so the same input gives the same ids on
 * every run; and the document is part of it, so two press documents that share a sentence (one copied
 * from the other, or a wire story) never share an id — a decision about one cannot land on the other.
 */
export function findingId(
  documentSource: string,
  pressText: string,
  letterTexts: readonly string[],
  occurrence = 1,
): string {
  const h = createHash("sha256");
  h.update(documentSource);
  h.update(`\u0000${pressText.replace(/\s+/g, " ").trim()}`);
  for (const t of letterTexts) h.update(`\u0000${t}`);
  if (occurrence > 1) h.update(`\u0000#${occurrence}`);
  // The first 8 bytes as hex, a string of its own: a slice of the whole digest would keep all 64
  // characters alive per finding (a long press text has hundreds of thousands of findings).
  return h.digest().toString("hex", 0, 8);
}
