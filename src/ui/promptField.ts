import type { ReviewAction } from "../review/reviewActions.js";
import type { ReviewState } from "../review/reviewState.js";
import type { Field } from "./textEdit.js";

/** The prompts that edit a line of text: every one is edited by the same line editor (textEdit.editField). */
export type TextPrompt = "note" | "filter" | "export";

export const TEXT_PROMPTS: ReadonlySet<string> = new Set<TextPrompt>(["note", "filter", "export"]);

/** The open prompt's text and cursor in the review state. */
export function promptField(state: ReviewState, prompt: TextPrompt): Field {
  switch (prompt) {
    case "note":
      return { value: state.noteDraft, cursor: state.noteCursor };
    case "filter":
      return { value: state.textFilter, cursor: state.filterCursor };
    case "export":
      return { value: state.exportPath, cursor: state.exportCursor };
  }
}

/** The action that puts an edited field back into the prompt it came from. */
export function setPromptField(prompt: TextPrompt, field: Field): ReviewAction {
  switch (prompt) {
    case "note":
      return { type: "setNoteDraft", text: field.value, cursor: field.cursor };
    case "filter":
      return { type: "setTextFilter", text: field.value, cursor: field.cursor };
    case "export":
      return { type: "setExportPath", path: field.value, cursor: field.cursor };
  }
}
