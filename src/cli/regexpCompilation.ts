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
 * Runs a comparison of the documents, its patterns compiled as suits their size. V8 compiles each
 * pattern when it first runs (`--no-regexp-tier-up`, src/cli.ts), and its optimisation passes (the
 * quickest test at each branch of an alternation, a Boyer–Moore skip) cost more on the lexicons' long
 * alternations than they save over the few hundred sentences of a report: a one-shot `check` compiles
 * ~800 of them once each. A long letter runs every pattern over every sentence, and the optimised code
 * pays back. The setting is read when a pattern compiles, matches are the same either way (reports
 * byte-identical), and it is put back afterwards: V8's code cache (cli/compileCache.ts), written at
 * exit, must carry the flags the next start has. A pattern compiled here stays as compiled for the life
 * of the process.
 *
 * A small comparison also gets its texts as two-byte strings (see asTwoByte): `run` is given copies of
 * the documents whose texts are equal to theirs.
 */
export function withRegExpCompilationFor<D extends { text: string }, T>(
  docs: readonly D[],
  run: (docs: D[]) => T,
): T {
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  if (chars >= UNOPTIMISED_REGEXP_MAX_CHARS) return run([...docs]);
  setFlagsFromString("--no-regexp-optimization");
  try {
    return run(docs.map((d) => ({ ...d, text: asTwoByte(d.text) })));
  } finally {
    setFlagsFromString("--regexp-optimization");
  }
}

/**
 * The same text, held by V8 as a two-byte string. V8 compiles a pattern separately for one-byte
 * (Latin-1) and two-byte strings, and a document with one curly quote is two-byte, as is every sentence
 * cut from it, while a plain-ASCII one is not: comparing both kinds compiled a third of the patterns
 * twice. With every text two-byte, the sentences, words and lower-cased forms the engine cuts from them
 * are too (measured with a probe on V8's compiler, a full report and its 3 press texts: 758 → 587
 * compilations; CPU medians side by side, 15 runs: the seed pair −13 ms, the full report −17 ms). A
 * two-byte string takes twice the memory of a Latin-1 one: done for small comparisons only.
 */
export function asTwoByte(text: string): string {
  // A concatenation with a character above Latin-1 is two-byte, and so is a slice of it.
  return `\u0100${text}`.slice(1);
}
