import { setNote, setVerdict, undo } from "./decide.js";
import { nextKindFilter } from "./filters.js";
import { jumpToDiscrepancy, moveTo, reselect, switchDocument } from "./navigation.js";
import { isPromptAction, promptStep } from "./promptReducer.js";
import type { ReviewAction } from "./reviewActions.js";
import type { ReviewState } from "./reviewState.js";
import { currentDocument, selectedFindingIndex } from "./selectors.js";

/** The review UI's state machine: `(state, action) → state`, no I/O, tested without rendering. */
export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  const next = step(state, action);
  return showsSameDetail(state, next) ? next : { ...next, detailScroll: 0 };
}

/** Whether the detail pane still shows the same thing, so its scroll position still means something. */
function showsSameDetail(a: ReviewState, b: ReviewState): boolean {
  return (
    a.documentIndex === b.documentIndex &&
    a.view === b.view &&
    a.expanded === b.expanded &&
    a.omissionCursor === b.omissionCursor &&
    selectedFindingIndex(a) === selectedFindingIndex(b)
  );
}

function step(state: ReviewState, action: ReviewAction): ReviewState {
  if (isPromptAction(action)) return promptStep(state, action);
  switch (action.type) {
    case "moveDown":
      return moveTo(state, (cursor) => cursor + 1);
    case "moveUp":
      return moveTo(state, (cursor) => cursor - 1);
    case "moveFirst":
      return moveTo(state, () => 0);
    case "moveLast":
      return moveTo(state, (_, length) => length - 1);
    case "nextDiscrepancy":
      return jumpToDiscrepancy({ ...state, view: "findings" }, 1);
    case "previousDiscrepancy":
      return jumpToDiscrepancy({ ...state, view: "findings" }, -1);
    case "nextDocument":
      return switchDocument(state, 1);
    case "previousDocument":
      return switchDocument(state, -1);
    case "toggleContext":
      return { ...state, expanded: !state.expanded };
    case "cycleKindFilter": {
      const findings = currentDocument(state)?.findings ?? [];
      return reselect(state, { ...state, kindFilter: nextKindFilter(state.kindFilter, findings) });
    }
    case "confirm":
      return setVerdict(state, "confirmed", action.at);
    case "dismiss":
      return setVerdict(state, "dismissed", action.at);
    case "setNote":
      return setNote(state, action.note, action.at);
    case "undo":
      return undo(state);
    case "toggleOmissions":
      return { ...state, view: state.view === "omissions" ? "findings" : "omissions", overlay: "none" };
    case "toggleHelp":
      return { ...state, overlay: state.overlay === "help" ? "none" : "help", helpScroll: 0 };
    case "scrollHelp":
      return { ...state, helpScroll: Math.max(0, state.helpScroll + action.by) };
    case "scrollDetail":
      return { ...state, detailScroll: Math.max(0, Math.min(action.max, state.detailScroll + action.by)) };
    case "documentsArrived":
      return documentsArrived(state, action);
    case "comparisonFailed":
      return { ...state, pendingDocuments: 0, message: action.message };
    case "requestQuit":
      // Decisions are saved as they are made; only a failed save (or one still pending) needs a question.
      if (state.unsaved.length > 0) return { ...state, overlay: "quit" };
      return { ...state, exit: true };
    case "confirmQuit":
      return { ...state, overlay: "none", exit: true };
    case "cancelQuit":
      return { ...state, overlay: "none" };
    case "saved":
      return { ...state, unsaved: state.unsaved.filter((i) => i !== action.documentIndex) };
    case "saveFailed":
      return {
        ...state,
        unsaved: [...new Set([...state.unsaved, action.documentIndex])],
        message: action.message,
      };
    case "showMessage":
      return { ...state, message: action.text };
  }
}

/**
 * Takes in the documents compared since the review opened. Only documents beyond those it has are
 * added, so a repeated or late update changes nothing; the cursor, filters and decisions stay put.
 */
function documentsArrived(
  state: ReviewState,
  action: Extract<ReviewAction, { type: "documentsArrived" }>,
): ReviewState {
  const had = state.decisions.length;
  const now = action.model.comparison.documents.length;
  if (now <= had) return { ...state, pendingDocuments: Math.min(state.pendingDocuments, action.pending) };
  const added = Array.from({ length: now - had }, (_, k) => action.decisions[had + k - action.from] ?? {});
  return {
    ...state,
    model: action.model,
    decisions: [...state.decisions, ...added],
    pendingDocuments: action.pending,
    message: action.message ?? state.message,
  };
}
