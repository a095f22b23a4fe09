/**
 * A comparison's time limit, polled inside the long stages of one sentence — a long quotation's
 * alignment, a sentence's grade claims, a letter finding's coverage — and not only between sentences,
 * so that `--time-limit` stops a hostile sentence mid-way with one line naming the document rather than
 * after it. The deadline of the comparison running now is set by `within` (the pipeline is synchronous:
 * one comparison runs at a time in a process) and read by `checkDeadline`, which costs one clock read.
 */
export interface Deadline {
  /** When it expires, on `performance.now()`'s clock. */
  readonly at: number;
  /** The error thrown once it has expired (it names the document). */
  readonly expired: () => Error;
}

let current: Deadline | undefined;

/** A deadline `ms` from now, or none when `ms` is undefined. */
export function deadlineAfter(ms: number | undefined, expired: () => Error): Deadline | undefined {
  return ms === undefined ? undefined : { at: performance.now() + ms, expired };
}

/** Runs `work` with `deadline` as the current one (the one before is restored after, even on a throw). */
export function within<T>(deadline: Deadline | undefined, work: () => T): T {
  const before = current;
  current = deadline;
  try {
    return work();
  } finally {
    current = before;
  }
}

/** Throws the current deadline's error once it has expired; does nothing outside `within` or without a limit. */
export function checkDeadline(): void {
  if (current !== undefined && performance.now() > current.at) throw current.expired();
}
