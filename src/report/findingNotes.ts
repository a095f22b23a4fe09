import type { Finding } from "../core/types.js";

/**
 * Two notes every view shows beside a finding's reason, worded once here: the rules that decided it
 * (core/judge/decide.ts) and, for an unsupported claim, its closest passage in the letter.
 */

/** "rules: paraphrase, understated" — the ids of the rules that decided the finding; none for old data. */
export function rulesLabel(finding: Pick<Finding, "rules">): string | undefined {
  return finding.rules?.length ? `rules: ${finding.rules.join(", ")}` : undefined;
}

/** The closest letter passage of an unsupported claim: its text (read by offsets) and its share in words. */
export function closestOf(
  finding: Pick<Finding, "closest">,
  letterText: (start: number, end: number) => string,
): { text: string; share: string } | undefined {
  const c = finding.closest;
  if (!c) return undefined;
  const text = letterText(c.letterStart, c.letterEnd).replace(/\s+/g, " ").trim();
  return text ? { text, share: `${Math.round(c.similarity * 100)}% of its words` } : undefined;
}

/** `closest in the letter: "…", 34% of its words` — one line, for the review and plain reports. */
export function closestLabel(
  finding: Pick<Finding, "closest">,
  letterText: (start: number, end: number) => string,
): string | undefined {
  const c = closestOf(finding, letterText);
  return c ? `closest in the letter: "${c.text}", ${c.share}` : undefined;
}
