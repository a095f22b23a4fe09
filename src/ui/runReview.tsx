import { render } from "ink";
import type { Comparison } from "../core/types.js";
import type { Decisions } from "../review/decisions.js";
import { loadReview } from "../review/loadReview.js";
import { saveStateFile } from "../review/stateFile.js";
import { statePathsFor } from "../review/statePaths.js";
import { App, type ExportHandler } from "./App.js";

export interface RunReviewOptions {
  comparison: Comparison;
  /** Where a press document's decisions are kept (see review/statePath.ts for the default). */
  statePath: (documentSource: string) => string;
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
    throw new Error(
      "presscheck: the review needs an interactive terminal (stdin is not a TTY); use `presscheck report`",
    );
  }
  const paths = statePathsFor(opts.comparison, opts.statePath);
  const review = loadReview(opts.comparison, (source, i) => paths[i] ?? opts.statePath(source));
  const save = (documentIndex: number, decisions: Decisions): void => {
    const doc = opts.comparison.documents[documentIndex];
    const path = paths[documentIndex];
    if (!doc || path === undefined) return;
    saveStateFile(path, { letterHash: review.model.letterHash, press: doc.source }, decisions);
  };
  const altScreen = stdout.isTTY === true;
  if (altScreen) stdout.write(ENTER_ALT_SCREEN);
  try {
    const instance = render(
      <App
        comparison={opts.comparison}
        initialDecisions={review.decisions}
        {...(review.messages.length > 0 ? { initialMessage: review.messages.join(" · ") } : {})}
        onDecisionsChange={save}
        onExport={opts.onExport}
        fullScreen={altScreen}
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
    for (const message of review.messages) stderr.write(`${message}\n`);
  }
}
