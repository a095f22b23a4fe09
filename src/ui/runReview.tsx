import { render } from "ink";
import type { Comparison } from "../core/types.js";
import type { ComparisonFeed } from "../review/comparisonFeed.js";
import type { Decisions } from "../review/decisions.js";
import { loadDocumentStates, loadReview } from "../review/loadReview.js";
import type { ReviewAction } from "../review/reviewActions.js";
import { buildReviewModel } from "../review/reviewModel.js";
import { saveStateFile } from "../review/stateFile.js";
import { statePathsFor } from "../review/statePaths.js";
import { App, type ExportHandler, type LaterDocuments } from "./App.js";

export interface RunReviewOptions {
  /** The comparison, possibly still growing: the review opens on its first document(s). */
  feed: ComparisonFeed;
  /** Where a press document's decisions are kept (see review/statePath.ts for the default). */
  statePath: (documentSource: string) => string;
  /** The file `--state FILE` named before state files were per press document (read when a document's own is absent). */
  legacyStatePath?: string;
  /** Writes a report; `decisions` are keyed by `Finding.id`. */
  onExport: ExportHandler;
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
}

/** The terminal's alternate screen, as lazygit and tig use: the review leaves the scrollback untouched. */
const ENTER_ALT_SCREEN = "\u001b[?1049h\u001b[H";
const LEAVE_ALT_SCREEN = "\u001b[?1049l";

/**
 * Runs the interactive review until the user quits. Loads each document's state file, saves a
 * document's decisions atomically after every change, and resolves when the app exits. Needs a TTY on
 * stdin (Ink's raw mode); the caller decides that before calling.
 */
export async function runReview(opts: RunReviewOptions): Promise<void> {
  const stdin = opts.stdin ?? process.stdin;
  const stdout = opts.stdout ?? process.stdout;
  const stderr = opts.stderr ?? process.stderr;
  if (stdin.isTTY !== true) {
    throw new Error("the review needs an interactive terminal (stdin is not a TTY); use `presscheck report`");
  }
  const { feed } = opts;
  const paths = statePathsFor(feed.sources, opts.statePath);
  const pathOf = (source: string, i: number) => paths[i] ?? opts.statePath(source);
  const loadOptions = opts.legacyStatePath !== undefined ? { legacyPath: opts.legacyStatePath } : {};
  const review = loadReview(feed.initial, pathOf, loadOptions);
  // The documents compared so far (the feed adds the rest while the first is shown).
  let compared: Comparison = feed.initial;
  const later = laterDocuments(feed, (c) => {
    const from = compared.documents.length;
    if (c.documents.length <= from) return undefined;
    const model = buildReviewModel(c);
    const loaded = loadDocumentStates(model, from, pathOf, loadOptions);
    compared = c;
    review.messages.push(...loaded.messages);
    return {
      type: "documentsArrived",
      model,
      from,
      decisions: loaded.decisions,
      pending: feed.sources.length - c.documents.length,
      ...(loaded.messages.length > 0 ? { message: loaded.messages.join(" · ") } : {}),
    };
  });
  const save = (documentIndex: number, decisions: Decisions): void => {
    const doc = compared.documents[documentIndex];
    const path = paths[documentIndex];
    if (!doc || path === undefined) return;
    saveStateFile(path, { letterHash: review.model.letterHash, press: doc.source }, decisions);
  };
  const altScreen = stdout.isTTY === true;
  if (altScreen) stdout.write(ENTER_ALT_SCREEN);
  try {
    const instance = render(
      <App
        comparison={feed.initial}
        initialDecisions={review.decisions}
        {...(review.messages.length > 0 ? { initialMessage: review.messages.join(" · ") } : {})}
        onDecisionsChange={save}
        onExport={opts.onExport}
        fullScreen={altScreen}
        {...(later ? { later } : {})}
      />,
      {
        stdin,
        stdout,
        stderr,
        exitOnCtrlC: true,
        // Routing console output around the frame only makes sense when the frame is on our own stdout.
        patchConsole: stdout === process.stdout,
        // Not `incrementalRendering`: in ink 6.8 it rewrites each changed line one row too low when the
        // frame is shorter than the terminal (which ours always is), garbling the screen after a key
        // press. The standard renderer erases and redraws the frame in one write, inside a synchronised
        // update (DEC mode 2026), and never clears the terminal as long as the frame is shorter than it.
      },
    );
    await instance.waitUntilExit();
  } finally {
    if (altScreen) stdout.write(LEAVE_ALT_SCREEN);
    // The messages were shown in the app; repeat them where they outlive the alternate screen.
    for (const message of review.messages) stderr.write(`presscheck: ${message}\n`);
  }
}

/**
 * The documents still being compared when the review opens, as the app takes them: how many, and a
 * subscription that dispatches what `arrive` makes of each update of the feed (the `documentsArrived`
 * action with the new documents' saved decisions, or nothing when the update brings nothing new).
 * Undefined when nothing is pending.
 */
function laterDocuments(
  feed: ComparisonFeed,
  arrive: (c: Comparison) => ReviewAction | undefined,
): LaterDocuments | undefined {
  const pending = feed.sources.length - feed.initial.documents.length;
  if (pending <= 0) return undefined;
  return {
    pending,
    subscribe: (dispatch) =>
      feed.subscribe(
        (c) => {
          const action = arrive(c);
          if (action) dispatch(action);
        },
        (message) =>
          dispatch({
            type: "comparisonFailed",
            message: `Could not compare the other press documents: ${message}`,
          }),
      ),
  };
}
