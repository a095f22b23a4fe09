import * as crypto from "node:crypto";
import { spaced } from "./segment/spaced.js";

/** SHA-256 of `data` (UTF-8): one call where Node has `crypto.hash` (20.12 and later), else a Hash object. */
const sha256: (data: string) => Buffer =
  typeof crypto.hash === "function"
    ? (data) => crypto.hash("sha256", data, "buffer")
    : (data) => crypto.createHash("sha256").update(data).digest();

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
  // The parts joined by NUL, hashed at once: the same bytes the parts fed to one hash object one by
  // one would give (UTF-8 either way), without making a Hash object per finding — a long press text
  // has hundreds of thousands of findings, and the object cost more than the hashing.
  let data = `${documentSource}\u0000${spaced(pressText)}`;
  for (const t of letterTexts) data += `\u0000${t}`;
  if (occurrence > 1) data += `\u0000#${occurrence}`;
  // The first 8 bytes as hex, a string of its own: a slice of the whole hex digest would keep all 64
  // characters alive per finding.
  return sha256(data).toString("hex", 0, 8);
}
