/** Worker-thread entry of `index add`: reads letters (PDF layout, HTML extraction) off the main thread. */
import { parentPort } from "node:worker_threads";
import { readLetter } from "../corpus/readLetter.js";
import { workerMain } from "./workerPool.js";

if (parentPort)
  workerMain(parentPort, (job: { path: string; offline: boolean }) => readLetter(job.path, job.offline));
