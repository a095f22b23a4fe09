/**
 * Ends a finished command's process at once instead of letting Node wind down on its own. When a Node
 * program simply runs out of work, Node frees its environment and disposes of V8's heap page by page
 * (each page unmapped and its protection changed, a TLB flush across the cores for each); a process
 * that exits leaves that to the kernel, which drops the whole address space in one go. For a one-shot
 * `check` that freeing was ≈ 6 % of its CPU (perf: `Heap::TearDown` ≈ 40 ms of a full report's run under
 * load; side by side, interleaved, CPU medians at load ≈ 6: seed pair 393 → 359 ms, kent-ilacs-2022 and
 * its 3 press texts 573 → 537 ms; docs/design.md, "Start-up"). Reports and exit codes are the same.
 *
 * Only once the output is safe: the exit waits for a turn of the event loop (so a write that failed, a
 * reader that went away, has had its 'error' handled: closedOutput.ts), and happens only when every stream
 * has taken all that was written to it. Pipes on macOS are written asynchronously: with bytes still
 * queued, or a stream already gone, the process is left to end as Node ends it. This module imports
 * nothing: the entry point (cli.ts) bundles it.
 */

/** What is read of standard output and standard error. */
export interface OutputStream {
  readonly writableLength: number;
  readonly destroyed: boolean;
}

/**
 * After the current turn of the event loop, ends the process with `process.exitCode` when `streams` hold
 * nothing unwritten; otherwise does nothing (Node's own exit follows once the event loop is empty).
 */
export function exitOnceOutputWritten(
  streams: readonly OutputStream[] = [process.stdout, process.stderr],
  exit: () => void = () => process.exit(),
  later: (run: () => void) => void = (run) => setImmediate(run),
): void {
  later(() => {
    if (streams.every((s) => s.writableLength === 0 && !s.destroyed)) exit();
  });
}
