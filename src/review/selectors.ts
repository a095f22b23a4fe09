import { isClaimFinding } from "../core/summary.js";
import type { DocumentComparison, Finding } from "../core/types.js";
import type { Decision } from "./decisions.js";
import { matchesKindFilter, matchesTextFilter } from "./filters.js";
import type { Overlay, ReviewState, View } from "./reviewState.js";

export function currentDocument(state: ReviewState): DocumentComparison | undefined {
  return state.model.comparison.documents[state.documentIndex];
}

export function decisionAt(
  state: ReviewState,
  documentIndex: number,
  findingIndex: number,
): Decision | undefined {
  const key = state.model.keys[documentIndex]?.[findingIndex];
  return key === undefined ? undefined : state.decisions[documentIndex]?.[key];
}

export function omissionDecisionAt(
  state: ReviewState,
  documentIndex: number,
  omissionIndex: number,
): Decision | undefined {
  const key = state.model.omissionKeys[documentIndex]?.[omissionIndex];
  return key === undefined ? undefined : state.decisions[documentIndex]?.[key];
}

/** Indexes (into the document's findings) of the findings that pass both filters, in document order. */
export function visibleFindingIndices(state: ReviewState): number[] {
  const doc = currentDocument(state);
  if (!doc) return [];
  const visible: number[] = [];
  doc.findings.forEach((finding, i) => {
    if (!matchesKindFilter(finding, state.kindFilter)) return;
    if (!matchesTextFilter(finding, decisionAt(state, state.documentIndex, i), state.textFilter)) return;
    visible.push(i);
  });
  return visible;
}

export function selectedFindingIndex(state: ReviewState): number | undefined {
  return visibleFindingIndices(state)[state.cursor];
}

export function selectedFinding(state: ReviewState): Finding | undefined {
  const index = selectedFindingIndex(state);
  return index === undefined ? undefined : currentDocument(state)?.findings[index];
}

/** The keyboard mode: an open overlay wins over the view under it. */
export type Mode = View | Exclude<Overlay, "none">;

export function currentMode(state: ReviewState): Mode {
  return state.overlay === "none" ? state.view : state.overlay;
}

export interface Progress {
  /** Claims (findings of every kind but not-checked) with a verdict. */
  reviewed: number;
  /** Claims to review: the document summary's `claimFindings`. */
  total: number;
  /** The summary's discrepancies (0 for another document's coverage: see `notChecked`). */
  discrepancies: number;
  /** For coverage of another regulator document: findings not checked against this letter. */
  notChecked: number;
  assessed: boolean;
}

/**
 * For the header: a claim counts as reviewed once it has a verdict (a note alone is not a verdict). The
 * counts are the document summary's (core/summary.ts), as in the reports.
 */
export function documentProgress(state: ReviewState): Progress {
  const doc = currentDocument(state);
  if (!doc) return { reviewed: 0, total: 0, discrepancies: 0, notChecked: 0, assessed: true };
  let reviewed = 0;
  doc.findings.forEach((finding, i) => {
    if (isClaimFinding(finding) && decisionAt(state, state.documentIndex, i)?.verdict) reviewed++;
  });
  return {
    reviewed,
    total: doc.summary.claimFindings,
    discrepancies: doc.summary.discrepancies,
    notChecked: doc.summary.notCheckedAgainstLetter,
    assessed: doc.summary.assessed,
  };
}
