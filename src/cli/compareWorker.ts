/**
 * Worker-thread entry (see compareInWorker.ts): reads and compares the documents of one review, posting
 * warnings as they come and then the Comparison, which is plain data, or what went wrong.
 */
import { parentPort, workerData } from "node:worker_threads";
import { InputError } from "../core/ingest/decode.js";
import type { CompareJob, WorkerMessage } from "./compareJob.js";
import { runComparison, UsageError } from "./run.js";

const port = parentPort;
if (port) {
  const post = (message: WorkerMessage) => port.postMessage(message);
  const job = workerData as CompareJob;
  runComparison(job.letter, job.press, job.options, (line) => post({ type: "warn", line }), job.read).then(
    (comparison) => post({ type: "done", comparison }),
    (err: unknown) =>
      post({
        type: "failed",
        // Input and usage errors are one line for the user; anything else keeps its stack for --debug.
        oneLine: err instanceof InputError || err instanceof UsageError,
        message: err instanceof Error ? err.message : String(err),
        stack: err instanceof Error ? (err.stack ?? "") : "",
      }),
  );
}
