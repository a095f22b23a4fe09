import { setFlagsFromString } from "node:v8";

/**
 * Below this many characters of input (the letter and the press texts together), a comparison's
 * patterns are compiled without V8's regexp optimisation passes (see withRegExpCompilationFor).
 * Measured side by side, CPU medians (docs/bench.md, cold start): without the passes a full report and
 * its 3 press texts (40 k characters) took ≈ 30 ms less and a generated 300-sentence letter (34 k) 13 ms
 * less; a 1,000-sentence letter (97 k) 51 ms more, 3,000 sentences 119 ms more, 10,000 324 ms more.
 */
export const UNOPTIMISED_REGEXP_MAX_CHARS = 50_000;

/**
 * Runs a comparison of `chars` characters of input, its patterns compiled as suits that size. V8 compiles
 * each pattern when it first runs (`--no-regexp-tier-up`, src/cli.ts), and its optimisation passes (the
 * quickest test at each branch of an alternation, a Boyer–Moore skip) cost more on the lexicons' long
 * alternations than they save over the few thousand sentences of a report: a one-shot `check` compiles
 * ~800 of them once each. A long letter runs every pattern over every sentence, and the optimised code
 * pays back. The setting is read when a pattern compiles, matches are the same either way (reports
 * byte-identical), and it is put back afterwards: V8's code cache (cli/compileCache.ts), written at
 * exit, must carry the flags the next start has. A pattern compiled here stays as compiled for the life
 * of the process.
 */
export function withRegExpCompilationFor<T>(chars: number, run: () => T): T {
  if (chars >= UNOPTIMISED_REGEXP_MAX_CHARS) return run();
  setFlagsFromString("--no-regexp-optimization");
  try {
    return run();
  } finally {
    setFlagsFromString("--regexp-optimization");
  }
}
