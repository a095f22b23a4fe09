import type { Decision, Verdict } from "./decisions.js";
import { reselect } from "./navigation.js";
import type { ReviewState } from "./reviewState.js";
import { selectedFindingIndex, visibleFindingIndices } from "./selectors.js";

function markUnsaved(unsaved: number[], documentIndex: number): number[] {
  return unsaved.includes(documentIndex) ? unsaved : [...unsaved, documentIndex];
}

/** Stores `next` (or deletes the entry when undefined) for one key, without touching other documents. */
function writeDecision(
  state: ReviewState,
  documentIndex: number,
  key: string,
  next: Decision | undefined,
): ReviewState {
  const current = { ...(state.decisions[documentIndex] ?? {}) };
  if (next === undefined) delete current[key];
  else current[key] = next;
  const decisions = state.decisions.map((d, i) => (i === documentIndex ? current : d));
  return { ...state, decisions, unsaved: markUnsaved(state.unsaved, documentIndex) };
}

/** A decision with neither verdict nor note says nothing: it is removed rather than kept empty. */
function normalise(decision: Decision): Decision | undefined {
  const { verdict, note, updatedAt } = decision;
  if (verdict === undefined && (note === undefined || note === "")) return undefined;
  return {
    ...(verdict !== undefined ? { verdict } : {}),
    ...(note !== undefined && note !== "" ? { note } : {}),
    updatedAt,
  };
}

/** The key of what is selected: the finding in the findings view, the omission in the omissions view. */
export function selectedKey(state: ReviewState): string | undefined {
  if (state.view === "omissions")
    return state.model.omissionKeys[state.documentIndex]?.[state.omissionCursor];
  const findingIndex = selectedFindingIndex(state);
  return findingIndex === undefined ? undefined : state.model.keys[state.documentIndex]?.[findingIndex];
}

/** Applies `change` to the selected finding's (or omission's) decision and records the old one for undo. */
function changeSelected(state: ReviewState, change: (old: Decision | undefined) => Decision): ReviewState {
  const key = selectedKey(state);
  if (key === undefined)
    return { ...state, message: state.view === "omissions" ? "No omission selected" : "No finding selected" };
  const before = state.decisions[state.documentIndex]?.[key];
  const written = writeDecision(state, state.documentIndex, key, normalise(change(before)));
  const history = [...state.history, { documentIndex: state.documentIndex, key, before }];
  // A note can change which findings the text filter shows; keep the cursor on this finding if possible.
  return reselect(state, { ...written, history, message: undefined });
}

/** `c` / `d`: sets the verdict; pressing the same key again on the same verdict clears it (a toggle). */
export function setVerdict(state: ReviewState, verdict: Verdict, at: string): ReviewState {
  return changeSelected(state, (old) => ({
    ...old,
    verdict: old?.verdict === verdict ? undefined : verdict,
    updatedAt: at,
  }));
}

export function setNote(state: ReviewState, note: string, at: string): ReviewState {
  const closed: ReviewState = { ...state, overlay: "none", noteDraft: "" };
  return changeSelected(closed, (old) => ({ ...old, note: note.trim(), updatedAt: at }));
}

/**
 * Puts back the decision as it was before the latest change, shows that document and selects the finding
 * when the filters let it be seen.
 */
export function undo(state: ReviewState): ReviewState {
  const last = state.history[state.history.length - 1];
  if (!last) return { ...state, message: "Nothing to undo" };
  const restored = writeDecision(state, last.documentIndex, last.key, last.before);
  const omission = state.model.omissionKeys[last.documentIndex]?.indexOf(last.key) ?? -1;
  if (omission >= 0)
    return {
      ...restored,
      history: state.history.slice(0, -1),
      documentIndex: last.documentIndex,
      view: "omissions",
      omissionCursor: omission,
      overlay: "none",
      message: "Undone",
    };
  const moved: ReviewState = {
    ...restored,
    history: state.history.slice(0, -1),
    documentIndex: last.documentIndex,
    view: "findings",
    overlay: "none",
    message: "Undone",
  };
  const findingIndex = state.model.keys[last.documentIndex]?.indexOf(last.key) ?? -1;
  const at = visibleFindingIndices(moved).indexOf(findingIndex);
  if (at >= 0) return { ...moved, cursor: at };
  return reselect(state, moved);
}
