/**
 * The comparison worker, started as early as possible. Opening a review spends its first half-second
 * loading code: the command line's (commander, zod), the UI's (ink, react) and the comparison's. The
 * worker loads the comparison's on the other core; started here, before the command line is parsed,
 * it is ready by the time its job is known. This module imports nothing else, so it costs nothing.
 */
import { Worker } from "node:worker_threads";

let prestarted: Worker | undefined;

const WORKER_SCRIPT = new URL("./compareWorker.js", import.meta.url);

/**
 * Whether `argv` (without node and the script) will open the review: `review` with files (not standard
 * input, not the corpus, not help) or no arguments at all (the demo on the bundled seeds) — on a terminal.
 * A wrong guess only wastes the worker: it is unreferenced until taken, so it never holds the process.
 */
export function opensReview(argv: readonly string[], terminal: boolean): boolean {
  if (!terminal) return false;
  if (argv.length === 0) return true;
  if (argv[0] !== "review") return false;
  return !argv.some((a) => a === "-" || a === "--corpus" || a === "--help" || a === "-h");
}

/** Starts the worker now if `argv` opens a review (see opensReview). */
export function prestartCompareWorker(argv: readonly string[], terminal: boolean): void {
  if (prestarted || !opensReview(argv, terminal)) return;
  prestarted = new Worker(WORKER_SCRIPT);
  prestarted.unref();
  // Unused (the command failed before comparing), it may die with the process; never an unhandled error.
  prestarted.on("error", () => {});
}

/** The prestarted worker (once), or a new one. It waits for its job (a CompareJob) as a message. */
export function takeCompareWorker(): Worker {
  const worker = prestarted ?? new Worker(WORKER_SCRIPT);
  prestarted = undefined;
  worker.ref();
  return worker;
}
