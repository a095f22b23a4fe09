/**
 * Which build of the command line a run loads (cli.ts). The review's UI (ink, react) is made of ES
 * modules, which Node 20 cannot compile through V8's code cache; every other command runs from the
 * CommonJS bundle that can (compileCache.ts). This module imports nothing, so deciding costs nothing.
 */

/**
 * Whether `argv` (without node and the script) may open the interactive review: on a terminal, no
 * command (the demo on the bundled seeds: no arguments, or options only such as `--debug`) or a `review`
 * anywhere (it may follow options). A wrong "yes" only means a run without the code cache.
 */
export function mayOpenReview(argv: readonly string[], terminal: boolean): boolean {
  return terminal && (argv.every((a) => a.startsWith("-")) || argv.includes("review"));
}
