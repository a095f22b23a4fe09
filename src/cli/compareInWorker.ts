import type { ComparisonFeed } from "../review/comparisonFeed.js";
import { growingFeed } from "../review/comparisonFeed.js";
import type { CompareJob, WorkerMessage } from "./compareJob.js";
import { takeCompareWorker } from "./prestartWorker.js";
import { UsageError } from "./usageError.js";

/**
 * Runs the review's comparison in a worker thread (compareWorker.ts), so that it runs on another core
 * while this thread loads Ink and React. Resolves as soon as the first press document is compared, with
 * a feed that receives the others as they are done (the review shows the first meanwhile). Warnings go
 * to `warn` as they come. An input or usage error comes back as a UsageError with the worker's one-line
 * message, so the CLI prints it as it would have (exit code 2); anything else keeps its stack.
 */
export function compareInWorker(job: CompareJob, warn: (line: string) => void): Promise<ComparisonFeed> {
  return new Promise((resolve, reject) => {
    const worker = takeCompareWorker();
    let receiving: ReturnType<typeof growingFeed> | undefined;
    let opened = false;
    let finished = false;
    const fail = (err: Error) => {
      if (finished) return;
      finished = true;
      if (opened) receiving?.fail(err.message);
      else reject(err);
    };
    worker.on("message", (message: WorkerMessage) => {
      switch (message.type) {
        case "warn":
          warn(message.line);
          return;
        case "letter":
          receiving = growingFeed(message.letter, message.sources, () => {
            // The review was closed early: the rest is not needed.
            finished = true;
            void worker.terminate();
          });
          receiving.ready.then(resolve);
          return;
        case "document":
          // From the first document on, a failure belongs to the feed (the review is opening on it).
          opened = true;
          receiving?.add(message.document);
          return;
        case "done":
          finished = true;
          opened = true;
          receiving?.finish();
          void worker.terminate();
          return;
        case "failed":
          fail(
            message.oneLine
              ? new UsageError(message.message)
              : Object.assign(new Error(message.message), { stack: message.stack }),
          );
          void worker.terminate();
          return;
      }
    });
    worker.on("error", fail);
    worker.on("exit", (code) =>
      fail(new Error(`the comparison stopped unexpectedly (worker exit code ${code})`)),
    );
    worker.postMessage(job);
  });
}
