import { DISCREPANCY_KINDS, type Finding, type Flag, type Kind } from "../core/types.js";

/**
 * How bad a finding is, for picking the "worst" one (higher is worse). The order:
 *   quote-not-found > unsupported > quote-altered > overstated
 *   > selective > misattributed > overgeneralised > understated (flags)
 *   > faithful kinds (quote-exact, copied, paraphrase, not-checked: 0).
 * Words the letter never contains put in its mouth are worst; a claim it does not make comes next;
 * changed quoted words beat a strengthened paraphrase because quotation marks promise exactness.
 * Flags rank below every discrepancy kind: the text they mark is sourced, only framed unfairly.
 */
export const KIND_SEVERITY: Readonly<Record<Kind, number>> = {
  "quote-not-found": 100,
  unsupported: 90,
  "quote-altered": 80,
  overstated: 70,
  "quote-exact": 0,
  copied: 0,
  paraphrase: 0,
  "not-checked": 0,
};

export const FLAG_SEVERITY: Readonly<Record<Flag, number>> = {
  selective: 60,
  misattributed: 50,
  overgeneralised: 40,
  understated: 30,
};

/** The severity of a finding: that of its kind or of its worst flag, whichever is higher. */
export function findingSeverity(finding: Finding): number {
  return Math.max(KIND_SEVERITY[finding.kind], ...finding.flags.map((flag) => FLAG_SEVERITY[flag]));
}

/** A finding worth a reader's attention: a kind that misreports the letter, or any flag. */
export function isDiscrepancy(finding: Finding): boolean {
  return DISCREPANCY_KINDS.has(finding.kind) || finding.flags.length > 0;
}

/** The most severe discrepancy; the earliest in the document among equals. Undefined when none. */
export function worstFinding(findings: readonly Finding[]): Finding | undefined {
  let worst: Finding | undefined;
  for (const finding of findings) {
    if (!isDiscrepancy(finding)) continue;
    if (worst === undefined || findingSeverity(finding) > findingSeverity(worst)) worst = finding;
  }
  return worst;
}
