import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Finding } from "../core/types.js";

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Whitespace is collapsed (and Unicode composed) before hashing so that re-wrapping a paragraph of the
 * press file does not orphan the decisions made about its sentences.
 */
function normaliseForKey(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** The hash that identifies a letter; stored in the state file so decisions about another letter are refused. */
export function hashLetterText(letterText: string): string {
  return sha256(letterText);
}

/**
 * The key a decision persists under: the letter, the press file's base name, the finding's press text and
 * its letter source texts — never its position in the list, so a small edit elsewhere in the press file
 * keeps the decision attached. The letter hash is part of the key so that the same press sentence judged
 * against another letter does not inherit this letter's decision.
 */
export function findingKey(
  letterHash: string,
  pressSource: string,
  finding: Pick<Finding, "press" | "letter">,
): string {
  // NUL separates the fields: it cannot occur inside them once normalised text is hashed field by field.
  const fields = [
    letterHash,
    basename(pressSource),
    normaliseForKey(finding.press.text),
    ...finding.letter.map((span) => normaliseForKey(span.text)),
  ];
  return sha256(fields.join("\u0000"));
}

/**
 * Keys for all findings of one press document, in list order. When the same sentence occurs twice with
 * the same sources (a repeated stand-first, say) the later occurrences get `#2`, `#3`… so that each keeps
 * its own decision; only then does order matter, and only among the identical sentences.
 */
export function findingKeys(
  letterHash: string,
  pressSource: string,
  findings: readonly Pick<Finding, "press" | "letter">[],
): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const key = findingKey(letterHash, pressSource, finding);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}#${count}`;
  });
}

/**
 * Keys for the omitted critical findings of one press document: an omission is the letter text the
 * document leaves out, so its key is that text's (as a finding with no press text), marked apart from
 * the findings' keys so the two can never collide.
 */
export function omissionKeys(
  letterHash: string,
  pressSource: string,
  omissions: readonly Pick<Finding, "press">["press"][],
): string[] {
  return findingKeys(
    letterHash,
    pressSource,
    omissions.map((o) => ({ press: { start: 0, end: 0, text: "\u0000omission" }, letter: [o] })),
  );
}
