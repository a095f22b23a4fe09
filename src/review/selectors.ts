import type { DocumentComparison, Finding } from "../core/types.js";
import type { Decision } from "./decisions.js";
import { isDiscrepancy } from "./discrepancy.js";
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
  reviewed: number;
  total: number;
  discrepancies: number;
}

/** For the header: a finding counts as reviewed once it has a verdict (a note alone is not a verdict). */
export function documentProgress(state: ReviewState): Progress {
  const doc = currentDocument(state);
  if (!doc) return { reviewed: 0, total: 0, discrepancies: 0 };
  let reviewed = 0;
  doc.findings.forEach((_, i) => {
    if (decisionAt(state, state.documentIndex, i)?.verdict) reviewed++;
  });
  return { reviewed, total: doc.findings.length, discrepancies: doc.findings.filter(isDiscrepancy).length };
}
