import type { CompareOptions } from "../core/compare.js";
import type { Comparison } from "../core/types.js";
import { type ComparisonFeed, completeFeed } from "../review/comparisonFeed.js";
import type { Decisions } from "../review/decisions.js";

type Render = (
  format: "json" | "md" | "html" | "csv",
  c: Comparison,
  decisions: Decisions,
) => Promise<string>;

type ReviewUi = typeof import("../ui/runReview.js");

/**
 * Ink decides once, when it is loaded, whether it runs under CI: with `CI` or `CONTINUOUS_INTEGRATION`
 * set (to anything but "0"/"false") it draws nothing until the app exits, so the review would sit on a
 * blank screen. The review only starts when stdin and stdout are both terminals (cli.ts checks), where
 * a person is looking; such a variable is then a leftover in their shell (or a CI job that gave the
 * process a real terminal on purpose), not a log that must stay clean. So it is removed before ink loads.
 */
export function unsetCiForInk(env: NodeJS.ProcessEnv = process.env): void {
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
}

/**
 * React picks its build from NODE_ENV when it is loaded: unset, it loads the development build, which
 * checks every element and warns on the console — slower to load and about twice as slow to draw the
 * first frame. A shipped command-line tool runs the production build, as bundled web apps do; a
 * NODE_ENV the user set is left alone.
 */
export function preferProductionReact(env: NodeJS.ProcessEnv = process.env): void {
  if (!env.NODE_ENV) env.NODE_ENV = "production";
}

/**
 * Starts loading the Ink review (ink and react cost ≈ 0.4 s at start-up) so that it loads while the
 * documents are read and compared. Call only once the terminal check has passed: see unsetCiForInk.
 */
export function loadReviewUi(): Promise<ReviewUi> {
  unsetCiForInk();
  preferProductionReact();
  const loading = import("../ui/runReview.js");
  // If the comparison fails first, nobody awaits this; a failed load must not also crash the process.
  loading.catch(() => {});
  return loading;
}

/**
 * The review's comparison: in a worker thread (compareInWorker.ts), in parallel with loading the UI,
 * ready once the first press document is compared (the others follow) — except when a document is read
 * from standard input, which stays in this thread.
 */
export async function compareForReview(
  letter: string,
  press: string[],
  options: CompareOptions,
  warn: (line: string) => void,
  read: { offline: boolean },
): Promise<ComparisonFeed> {
  if (letter === "-" || press.includes("-"))
    return completeFeed(await (await import("./run.js")).runComparison(letter, press, options, warn, read));
  const { compareInWorker } = await import("./compareInWorker.js");
  return compareInWorker({ letter, press, options: { ...options }, read: { offline: read.offline } }, warn);
}

/**
 * Opens the review on `comparison` (a whole one, or a feed still comparing the later documents) and
 * resolves when the user quits; a comparison still running then is stopped.
 */
export async function runInteractiveReview(
  comparison: Comparison | ComparisonFeed,
  state: string | undefined,
  render: Render,
  ui: Promise<ReviewUi> = loadReviewUi(),
): Promise<void> {
  const feed = "initial" in comparison ? comparison : completeFeed(comparison);
  try {
    const { runReview } = await ui;
    const { legacyStatePath, statePathFor } = await import("../review/statePath.js");
    const { writeFileAtomic } = await import("../io/atomicWrite.js");
    await runReview({
      feed,
      statePath: statePathFor(state),
      ...(state !== undefined ? { legacyStatePath: legacyStatePath(state) } : {}),
      // The review refuses to export before every document is compared (see the reducer's openExport).
      onExport: async (format, path, decisions) =>
        writeFileAtomic(path, await render(format, await feed.complete, decisions)),
    });
  } finally {
    feed.cancel();
  }
}
