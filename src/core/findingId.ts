import { createHash } from "node:crypto";

/** A finding's stable id: a hash of its press text and letter sources, not its position in a list. */
export function findingId(pressText: string, letterTexts: string[]): string {
  const h = createHash("sha256");
  h.update(pressText.replace(/\s+/g, " ").trim());
  for (const t of letterTexts) h.update(`\u0000${t}`);
  return h.digest("hex").slice(0, 16);
}
