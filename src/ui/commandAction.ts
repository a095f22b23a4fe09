import type { ReviewAction } from "../review/reviewActions.js";
import type { ReviewState } from "../review/reviewState.js";
import type { Command } from "./keymap.js";

export interface CommandContext {
  /** ISO time for decision changes. */
  at: string;
  /** How many lines the detail pane can scroll, as last measured. */
  detailScrollMax: number;
}

/** Lines one J/K press scrolls the detail pane. */
const DETAIL_SCROLL_STEP = 3;

/**
 * The review action a command stands for, given the state (some commands depend on the mode or a
 * draft) and the context. `runExport` is a side effect and has no action: undefined.
 */
export function commandAction(
  command: Command,
  state: ReviewState,
  { at, detailScrollMax }: CommandContext,
): ReviewAction | undefined {
  const inHelp = state.overlay === "help";
  switch (command) {
    case "moveDown":
      return inHelp ? { type: "scrollHelp", by: 1 } : { type: "moveDown" };
    case "moveUp":
      return inHelp ? { type: "scrollHelp", by: -1 } : { type: "moveUp" };
    case "moveFirst":
      return { type: "moveFirst" };
    case "moveLast":
      return { type: "moveLast" };
    case "nextDiscrepancy":
      return { type: "nextDiscrepancy" };
    case "previousDiscrepancy":
      return { type: "previousDiscrepancy" };
    case "toggleContext":
      return { type: "toggleContext" };
    case "scrollDetailDown":
      return { type: "scrollDetail", by: DETAIL_SCROLL_STEP, max: detailScrollMax };
    case "scrollDetailUp":
      return { type: "scrollDetail", by: -DETAIL_SCROLL_STEP, max: detailScrollMax };
    case "openFilter":
      return { type: "openFilter" };
    case "cycleKindFilter":
      return { type: "cycleKindFilter" };
    case "confirm":
      return { type: "confirm", at };
    case "dismiss":
      return { type: "dismiss", at };
    case "editNote":
      return { type: "openNoteEditor" };
    case "undo":
      return { type: "undo" };
    case "toggleOmissions":
      return { type: "toggleOmissions" };
    case "openExport":
      return { type: "openExport" };
    case "nextDocument":
      return { type: "nextDocument" };
    case "previousDocument":
      return { type: "previousDocument" };
    case "toggleHelp":
    case "closeHelp":
      return { type: "toggleHelp" };
    case "quit":
      return { type: "requestQuit" };
    case "saveNote":
      return { type: "setNote", note: state.noteDraft, at };
    case "cancelNote":
      return { type: "closeNoteEditor" };
    case "applyFilter":
      return { type: "closeFilter", clear: false };
    case "clearFilter":
      return { type: "closeFilter", clear: true };
    case "cycleExportFormat":
      return { type: "cycleExportFormat" };
    case "cancelExport":
      return { type: "closeExport" };
    case "confirmQuit":
      return { type: "confirmQuit" };
    case "cancelQuit":
      return { type: "cancelQuit" };
    case "runExport":
      return undefined;
  }
}
