import type { Decisions } from "./decisions.js";
import type { ExportFormat } from "./exportFormat.js";
import type { ReviewModel } from "./reviewModel.js";

/**
 * Everything the review UI can do to its state. Actions that change a decision carry the time (`at`,
 * ISO 8601) so the reducer stays pure.
 */
export type ReviewAction =
  | { type: "moveDown" }
  | { type: "moveUp" }
  | { type: "moveFirst" }
  | { type: "moveLast" }
  | { type: "nextDiscrepancy" }
  | { type: "previousDiscrepancy" }
  | { type: "nextDocument" }
  | { type: "previousDocument" }
  | { type: "toggleContext" }
  | { type: "openFilter" }
  | { type: "setTextFilter"; text: string; cursor?: number }
  /** Closes the filter prompt; `clear` (Esc) also drops the text filter. */
  | { type: "closeFilter"; clear: boolean }
  | { type: "cycleKindFilter" }
  | { type: "confirm"; at: string }
  | { type: "dismiss"; at: string }
  | { type: "openNoteEditor" }
  | { type: "setNoteDraft"; text: string; cursor?: number }
  /** Sets the selected finding's note (empty removes it) and closes the editor. */
  | { type: "setNote"; note: string; at: string }
  | { type: "closeNoteEditor" }
  | { type: "undo" }
  | { type: "toggleOmissions" }
  | { type: "toggleHelp" }
  | { type: "scrollHelp"; by: number }
  /** `max` is how far the detail can scroll (content lines beyond the pane), measured by the UI. */
  | { type: "scrollDetail"; by: number; max: number }
  | { type: "openExport" }
  | { type: "cycleExportFormat" }
  | { type: "setExportFormat"; format: ExportFormat }
  | { type: "setExportPath"; path: string; cursor?: number }
  | { type: "closeExport" }
  | { type: "requestQuit" }
  | { type: "confirmQuit" }
  | { type: "cancelQuit" }
  | { type: "saved"; documentIndex: number }
  | { type: "saveFailed"; documentIndex: number; message: string }
  | { type: "showMessage"; text: string | undefined }
  /**
   * More press documents have been compared: `model` holds every document done so far (the earlier ones
   * unchanged, in the same order), `decisions[k]` the saved decisions of document `from + k`, `pending`
   * how many are still being compared, `message` anything wrong with their state files.
   */
  | {
      type: "documentsArrived";
      model: ReviewModel;
      from: number;
      decisions: Decisions[];
      pending: number;
      message?: string;
    }
  /** The documents still pending could not be compared; the review goes on with those it has. */
  | { type: "comparisonFailed"; message: string };
