import { Worker } from "node:worker_threads";
import type { Comparison } from "../core/types.js";
import type { CompareJob, WorkerMessage } from "./compareJob.js";
import { UsageError } from "./run.js";

/**
 * Runs the review's comparison in a worker thread, so that it runs on another core while the main thread
 * loads Ink and React (≈ 0.4 s each, the two largest parts of the time to the first frame). Warnings are
 * passed to `warn` as they come. An input or usage error comes back as a UsageError with the worker's
 * one-line message, so the CLI prints it as it would have (exit code 2); anything else keeps its stack.
 */
export function compareInWorker(job: CompareJob, warn: (line: string) => void): Promise<Comparison> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    const worker = new Worker(new URL("./compareWorker.js", import.meta.url), { workerData: job });
    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "warn") warn(message.line);
      else if (message.type === "done") settle(() => resolve(message.comparison));
      else
        settle(() => {
          if (message.oneLine) reject(new UsageError(message.message));
          else reject(Object.assign(new Error(message.message), { stack: message.stack }));
        });
    });
    worker.on("error", (err) => settle(() => reject(err)));
    worker.on("exit", (code) =>
      settle(() => reject(new Error(`the comparison stopped unexpectedly (worker exit code ${code})`))),
    );
  });
}
