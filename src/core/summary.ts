/**
 * Every figure a reader sees about one press document, computed once here and only formatted by the
 * reports and the review (DESIGN: one source of truth). A press document about another regulator
 * document is not judged against this letter: its discrepancies, omissions and balance are then "not
 * assessed" (`assessed: false`, the shares `null`), never a 0 that reads as "faithful" or "nothing left out".
 */
import {
  DISCREPANCY_KINDS,
  type DocumentSummary,
  type Finding,
  FLAGS,
  KINDS,
  type LetterFinding,
  type Omission,
} from "./types.js";

/** A finding worth a reader's attention: a kind that misreports the letter, or any flag. */
export function isDiscrepancyFinding(finding: Pick<Finding, "kind" | "flags">): boolean {
  return DISCREPANCY_KINDS.has(finding.kind) || finding.flags.length > 0;
}

/** A finding a review goes through: every kind but `not-checked` (the publisher's own words, contacts…). */
export function isClaimFinding(finding: Pick<Finding, "kind">): boolean {
  return finding.kind !== "not-checked";
}

/** What the comparison measured besides the findings: the same figures the different-document test used. */
export interface SummaryEvidence {
  sentences: number;
  differentDocument: boolean;
  /** The press's own claims (sentences outside quotation marks) and how many have a letter source. */
  claims: number;
  claimsSourced: number;
  /** Quotations attributed to the regulator, and how many of them are in the letter. */
  regulatorQuotes: number;
  quotesFound: number;
  letterFindings: readonly LetterFinding[];
  isReported: (letterSentence: number) => boolean;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function summariseDocument(
  findings: readonly Finding[],
  omissions: readonly Omission[],
  e: SummaryEvidence,
): DocumentSummary {
  const counts = zeroes(KINDS);
  const flags = zeroes(FLAGS);
  for (const f of findings) {
    counts[f.kind]++;
    for (const fl of f.flags) flags[fl]++;
  }
  const assessed = !e.differentDocument;
  const listed = findings.filter(isDiscrepancyFinding).length;
  const share = (pol: LetterFinding["polarity"]) => {
    if (!assessed) return null;
    const all = e.letterFindings.filter((f) => f.polarity === pol);
    return all.length ? all.filter((f) => e.isReported(f.index)).length / all.length : 0;
  };
  // The two shares are worked out when first read (reports, review), not by `check`, which never shows
  // them: the positive findings' coverage is asked for nowhere else (a tenth of a full report's check).
  const shares: { positive?: number | null; critical?: number | null } = {};
  return {
    sentences: e.sentences,
    assessed,
    claimFindings: findings.filter(isClaimFinding).length,
    claims: e.claims,
    claimsSourced: e.claimsSourced,
    sourcedShare: e.claims > 0 ? e.claimsSourced / e.claims : 0,
    regulatorQuotes: e.regulatorQuotes,
    quotesFound: e.quotesFound,
    counts,
    flags,
    discrepancies: assessed ? listed : 0,
    notCheckedAgainstLetter: assessed ? 0 : listed,
    omissions: assessed ? omissions.length : 0,
    get positiveReported() {
      if (!("positive" in shares)) shares.positive = share("positive");
      return shares.positive ?? null;
    },
    get criticalReported() {
      if (!("critical" in shares)) shares.critical = share("critical");
      return shares.critical ?? null;
    },
  };
}
