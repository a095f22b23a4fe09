import { selectedKey } from "./decide.js";
import { type ExportFormat, nextExportFormat, pathForFormat } from "./exportFormat.js";
import { reselect } from "./navigation.js";
import type { ReviewAction } from "./reviewActions.js";
import type { ReviewState } from "./reviewState.js";

/** The actions of the three one-line prompts: the note editor, the text filter (`/`) and the export path. */
export type PromptAction = Extract<
  ReviewAction,
  {
    type:
      | "openFilter"
      | "setTextFilter"
      | "closeFilter"
      | "openNoteEditor"
      | "setNoteDraft"
      | "closeNoteEditor"
      | "openExport"
      | "cycleExportFormat"
      | "setExportFormat"
      | "setExportPath"
      | "closeExport";
  }
>;

const PROMPT_ACTIONS = new Set<ReviewAction["type"]>([
  "openFilter",
  "setTextFilter",
  "closeFilter",
  "openNoteEditor",
  "setNoteDraft",
  "closeNoteEditor",
  "openExport",
  "cycleExportFormat",
  "setExportFormat",
  "setExportPath",
  "closeExport",
]);

export const isPromptAction = (action: ReviewAction): action is PromptAction =>
  PROMPT_ACTIONS.has(action.type);

/** Another export format: the path's extension follows it, and the cursor goes to the path's end. */
function withFormat(state: ReviewState, format: ExportFormat): ReviewState {
  const exportPath = pathForFormat(state.exportPath, state.exportFormat, format);
  return { ...state, exportFormat: format, exportPath, exportCursor: exportPath.length };
}

/**
 * Opening, editing and closing the prompts. Each prompt keeps its text and its cursor (an index into
 * the text; the one line editor, ui/textEdit.ts, computes both); a prompt opens with the cursor at the end.
 */
export function promptStep(state: ReviewState, action: PromptAction): ReviewState {
  switch (action.type) {
    case "openFilter":
      return { ...state, overlay: "filter", view: "findings", filterCursor: state.textFilter.length };
    case "setTextFilter":
      return reselect(state, {
        ...state,
        textFilter: action.text,
        filterCursor: action.cursor ?? action.text.length,
      });
    case "closeFilter":
      return reselect(state, { ...state, overlay: "none", textFilter: action.clear ? "" : state.textFilter });
    case "openNoteEditor": {
      const key = selectedKey(state);
      if (key === undefined)
        return {
          ...state,
          message: state.view === "omissions" ? "No omission selected" : "No finding selected",
        };
      const note = state.decisions[state.documentIndex]?.[key]?.note ?? "";
      return { ...state, overlay: "note", noteDraft: note, noteCursor: note.length };
    }
    case "setNoteDraft":
      return { ...state, noteDraft: action.text, noteCursor: action.cursor ?? action.text.length };
    case "closeNoteEditor":
      return { ...state, overlay: "none", noteDraft: "" };
    case "openExport":
      // A message of an earlier export ("Exported …") must not outlive this one's cancellation.
      return { ...state, overlay: "export", message: undefined, exportCursor: state.exportPath.length };
    case "cycleExportFormat":
      return withFormat(state, nextExportFormat(state.exportFormat));
    case "setExportFormat":
      return withFormat(state, action.format);
    case "setExportPath":
      return { ...state, exportPath: action.path, exportCursor: action.cursor ?? action.path.length };
    case "closeExport":
      return { ...state, overlay: "none" };
  }
}
