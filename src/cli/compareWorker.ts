/**
 * Worker-thread entry (see compareInWorker.ts). It may be started before the command line is parsed
 * (prestartWorker.ts), so it loads the comparison code first and then waits for its job as a message.
 * It reads every input, then compares the press documents one by one, posting each as it is done: the
 * review can open on the first while the others are compared.
 */
import { parentPort } from "node:worker_threads";
import { comparePressDocument, prepareLetter, TimeLimitError } from "../core/compare.js";
import { InputError } from "../core/ingest/decode.js";
import type { CompareJob, WorkerMessage } from "./compareJob.js";
import { readInputs } from "./run.js";
import { UsageError } from "./usageError.js";

async function run(job: CompareJob, post: (message: WorkerMessage) => void): Promise<void> {
  const { letter, press } = await readInputs(
    job.letter,
    job.press,
    (line) => post({ type: "warn", line }),
    job.read,
  );
  const prepared = prepareLetter(letter);
  post({ type: "letter", letter: prepared.view, sources: press.map((p) => p.source) });
  for (const doc of press)
    post({ type: "document", document: comparePressDocument(prepared, doc, job.options) });
  post({ type: "done" });
}

const port = parentPort;
if (port) {
  const post = (message: WorkerMessage) => port.postMessage(message);
  port.once("message", (job: CompareJob) => {
    run(job, post).catch((err: unknown) =>
      post({
        type: "failed",
        // Input and usage errors are one line for the user; anything else keeps its stack for --debug.
        oneLine: err instanceof InputError || err instanceof UsageError || err instanceof TimeLimitError,
        message: err instanceof Error ? err.message : String(err),
        stack: err instanceof Error ? (err.stack ?? "") : "",
      }),
    );
  });
}
