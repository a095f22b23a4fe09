import type { Decision, Decisions } from "./decisions.js";
import type { ExportFormat } from "./exportFormat.js";
import type { KindFilter } from "./filters.js";
import type { ReviewModel } from "./reviewModel.js";

export type View = "findings" | "omissions";
/** What is drawn over the views and takes the keyboard: a prompt, the help, or the quit question. */
export type Overlay = "none" | "help" | "note" | "filter" | "export" | "quit";

/** One decision change, enough to put it back. */
export interface HistoryEntry {
  documentIndex: number;
  key: string;
  before: Decision | undefined;
}

export interface ReviewState {
  model: ReviewModel;
  documentIndex: number;
  /** Decisions per document, by finding key. */
  decisions: Decisions[];
  view: View;
  /** Position in the *visible* (filtered) findings list. */
  cursor: number;
  omissionCursor: number;
  /**
   * Where the reviewer was in each document they left (Tab away and back returns there): the selected
   * finding's index in the document (not the filtered position) and the omission cursor.
   */
  places: Record<number, { finding: number | undefined; omission: number }>;
  textFilter: string;
  /** The filter prompt's cursor: an index into `textFilter`. */
  filterCursor: number;
  kindFilter: KindFilter;
  /** Show the letter sentences around the source instead of the source alone. */
  expanded: boolean;
  overlay: Overlay;
  noteDraft: string;
  /** The note editor's cursor: an index into `noteDraft`. */
  noteCursor: number;
  exportFormat: ExportFormat;
  exportPath: string;
  /** The export prompt's cursor: an index into `exportPath`. */
  exportCursor: number;
  helpScroll: number;
  /** Lines the detail pane is scrolled by; back to 0 whenever it shows something else. */
  detailScroll: number;
  history: HistoryEntry[];
  /** Documents whose latest decisions have not been written yet (or failed to be). */
  unsaved: number[];
  message: string | undefined;
  /** Set once the user has quit; the app unmounts. */
  exit: boolean;
  /**
   * Press documents still being compared: the review opens on the first document while the others are
   * compared, and they are added (documentsArrived) as they are done. An export waits until this is 0.
   */
  pendingDocuments: number;
}

export function initialReviewState(
  model: ReviewModel,
  decisions: Decisions[] = [],
  options: { message?: string; exportPath?: string; pendingDocuments?: number } = {},
): ReviewState {
  return {
    model,
    documentIndex: 0,
    decisions: model.comparison.documents.map((_, i) => decisions[i] ?? {}),
    view: "findings",
    cursor: 0,
    omissionCursor: 0,
    places: {},
    textFilter: "",
    filterCursor: 0,
    kindFilter: "all",
    expanded: false,
    overlay: "none",
    noteDraft: "",
    noteCursor: 0,
    exportFormat: "md",
    exportPath: options.exportPath ?? "presscheck-report.md",
    exportCursor: (options.exportPath ?? "presscheck-report.md").length,
    helpScroll: 0,
    detailScroll: 0,
    history: [],
    unsaved: [],
    message: options.message,
    exit: false,
    pendingDocuments: options.pendingDocuments ?? 0,
  };
}
