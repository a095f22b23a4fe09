import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/** What a job gave: its result, or the one-line reason it failed (a failed job never stops the others). */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: string };

/** A worker's answer to job `i` (see workerMain). */
interface Answer<R> {
  i: number;
  settled: Settled<R>;
}

/** Fewer jobs than this run in this thread: starting a worker (≈ 0.3 s of module loading) would cost more. */
const MIN_JOBS_FOR_WORKERS = 4;

/** Worker threads to use for `jobs` jobs: one per core, at most `max`, and none for a handful. */
export function workerCount(jobs: number, requested?: number, max = 4): number {
  if (requested !== undefined) return Math.max(0, Math.min(requested, jobs));
  if (jobs < MIN_JOBS_FOR_WORKERS) return 0;
  return Math.max(1, Math.min(availableParallelism(), max, jobs));
}

/**
 * Runs `jobs` in `workers` worker threads started from `script` (a compiled module calling
 * workerMain), each taking the next job when it is done with one; `onSettled` hears each job as it
 * finishes (in finishing order, one call at a time: the next waits until the last one's promise
 * settles). With no workers, or when the script is not there (running from
 * the TypeScript sources, as tests do), the jobs run here one after another through `inline`.
 */
export async function runJobs<J, R>(
  jobs: readonly J[],
  opts: { script: URL; workers: number; workerData?: unknown },
  inline: (job: J) => Promise<R>,
  onSettled: (i: number, settled: Settled<R>) => void | Promise<void>,
): Promise<void> {
  if (opts.workers === 0 || !existsSync(fileURLToPath(opts.script))) {
    for (const [i, job] of jobs.entries()) await onSettled(i, await settle(() => inline(job)));
    return;
  }
  let next = 0;
  let chain: Promise<unknown> = Promise.resolve();
  const report = (i: number, settled: Settled<R>) => {
    chain = chain.then(() => onSettled(i, settled));
  };
  await new Promise<void>((resolve, reject) => {
    let running = 0;
    const start = () => {
      const worker = new Worker(opts.script, { workerData: opts.workerData });
      running++;
      let current = -1;
      const feed = () => {
        if (next >= jobs.length) {
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ i: current, job: jobs[current] });
      };
      worker.on("message", (answer: Answer<R>) => {
        report(answer.i, answer.settled);
        current = -1;
        feed();
      });
      worker.on("error", (err) => {
        // A worker that dies takes its current job with it: reported as failed, the others go on.
        if (current >= 0) report(current, { ok: false, error: err.message });
        current = -1;
      });
      worker.on("exit", () => {
        running--;
        if (next < jobs.length) start();
        else if (running === 0) resolve();
      });
      feed();
    };
    try {
      for (let w = 0; w < Math.min(opts.workers, jobs.length); w++) start();
    } catch (err) {
      reject(err);
    }
    if (jobs.length === 0) resolve();
  });
  await chain;
}

async function settle<R>(fn: () => Promise<R>): Promise<Settled<R>> {
  try {
    return { ok: true, value: await fn() };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** The body of a worker module: answers each job with `handle`'s result or its error's message. */
export function workerMain<J, R>(
  port: import("node:worker_threads").MessagePort,
  handle: (job: J) => Promise<R>,
): void {
  port.on("message", async ({ i, job }: { i: number; job: J }) => {
    port.postMessage({ i, settled: await settle(() => handle(job)) } satisfies Answer<R>);
  });
}
