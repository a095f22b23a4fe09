/**
 * A standard output whose reader has gone (`presscheck --help | head -1`, `presscheck check … | head -1`:
 * the reader took what it wanted and closed the pipe) ends the command quietly with exit code 0, as Unix
 * tools do: nobody is left to read the rest, and nothing went wrong. Without this, Node reports the
 * failed write (EPIPE) as an unhandled 'error' event, with a stack trace. Any other error of the stream is
 * thrown as before. This module imports nothing: the entry point (cli.ts) loads it before anything else.
 */
export function endQuietlyWhenOutputCloses(
  stream: { on(event: "error", listener: (err: NodeJS.ErrnoException) => void): unknown },
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
    exit(0);
  });
}
