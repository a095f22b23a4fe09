import { isDiscrepancy } from "./discrepancy.js";
import type { ReviewState } from "./reviewState.js";
import { currentDocument, selectedFindingIndex, visibleFindingIndices } from "./selectors.js";

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/** Moves the cursor of whichever list the view shows; `to` may be out of range and is clamped. */
export function moveTo(state: ReviewState, to: (cursor: number, length: number) => number): ReviewState {
  if (state.view === "omissions") {
    const length = currentDocument(state)?.omissions.length ?? 0;
    return { ...state, omissionCursor: clamp(to(state.omissionCursor, length), 0, Math.max(0, length - 1)) };
  }
  const length = visibleFindingIndices(state).length;
  return { ...state, cursor: clamp(to(state.cursor, length), 0, Math.max(0, length - 1)) };
}

/**
 * Keeps the selection meaningful after the visible list changed (filter, undo): stay on the same finding
 * when it is still visible, otherwise keep the position, clamped to the new list.
 */
export function reselect(before: ReviewState, after: ReviewState): ReviewState {
  const wanted = before.documentIndex === after.documentIndex ? selectedFindingIndex(before) : undefined;
  const visible = visibleFindingIndices(after);
  const at = wanted === undefined ? -1 : visible.indexOf(wanted);
  const cursor = at >= 0 ? at : clamp(after.cursor, 0, Math.max(0, visible.length - 1));
  return { ...after, cursor };
}

/**
 * Jumps to the next (step 1) or previous (step -1) discrepancy in the visible list, wrapping around the
 * ends like a search in vim or less, and says so when it wrapped.
 */
export function jumpToDiscrepancy(state: ReviewState, step: 1 | -1): ReviewState {
  const doc = currentDocument(state);
  const visible = visibleFindingIndices(state);
  if (!doc || visible.length === 0) return { ...state, message: "No findings to search" };
  for (let offset = 1; offset <= visible.length; offset++) {
    const raw = state.cursor + step * offset;
    const at = ((raw % visible.length) + visible.length) % visible.length;
    const finding = doc.findings[visible[at] ?? -1];
    if (finding && isDiscrepancy(finding)) {
      const wrapped = raw < 0 || raw >= visible.length;
      const message = wrapped
        ? step === 1
          ? "Search wrapped to the top"
          : "Search wrapped to the bottom"
        : undefined;
      return { ...state, cursor: at, message };
    }
  }
  return { ...state, message: "No discrepancies in this list" };
}

/**
 * Switches document (wrapping); filters stay. Each document keeps its place: leaving one records the
 * selected finding and omission, and coming back selects them again (the top on a first visit).
 */
export function switchDocument(state: ReviewState, step: 1 | -1): ReviewState {
  const count = state.model.comparison.documents.length;
  if (count <= 1) {
    // The others may still be on their way (the review opens on the first one compared).
    const pending = state.pendingDocuments;
    const message =
      pending > 0
        ? `Still comparing the other press document${pending === 1 ? "" : "s"} (${pending}); a moment`
        : count === 1
          ? "Only one press document"
          : undefined;
    return { ...state, message };
  }
  const documentIndex = (((state.documentIndex + step) % count) + count) % count;
  const places = {
    ...state.places,
    [state.documentIndex]: { finding: selectedFindingIndex(state), omission: state.omissionCursor },
  };
  const place = places[documentIndex];
  const arrived: ReviewState = {
    ...state,
    documentIndex,
    places,
    cursor: 0,
    omissionCursor: place?.omission ?? 0,
    detailScroll: 0,
    message: undefined,
  };
  const at = place?.finding === undefined ? -1 : visibleFindingIndices(arrived).indexOf(place.finding);
  return at >= 0 ? { ...arrived, cursor: at } : arrived;
}
