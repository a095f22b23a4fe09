#!/usr/bin/env node
/**
 * presscheck — checks what press coverage says a regulator said against the regulator's letter.
 * The entry point stays this small so that a review's comparison worker starts before the command line's
 * own code loads (see cli/prestartWorker.ts), and so that every other command runs from the CommonJS
 * bundle through V8's code cache (cli/compileCache.ts, cli/route.ts); the commands are in cli/main.ts.
 */
import { createRequire } from "node:module";
import { endQuietlyWhenOutputCloses } from "./cli/closedOutput.js";
import { exitOnceOutputWritten } from "./cli/exitPromptly.js";
import { mayOpenReview } from "./cli/route.js";

// Node's own modules and the code-cache loader come through CommonJS `require`, not `import`: an ES
// module importing a built-in one gets a facade of all its exports, built by reading each, and that runs
// the lazy ones (node:fs's `promises` loads the promise API with streams and readline, node:crypto's
// `webcrypto` the whole Web Crypto API). Measured: ~6 ms of CPU of every start (docs/bench.md, cold).
// Resolved from the CommonJS bundle's entry (dist/cli/main.cjs, scripts/build.mjs), beside which the
// loader is built too (dist/cli/compileCache.cjs).
const load = createRequire(new URL("./cli/main.cjs", import.meta.url));
const { setFlagsFromString } = load("node:v8") as typeof import("node:v8");
const { existsSync } = load("node:fs") as typeof import("node:fs");
const { fileURLToPath } = load("node:url") as typeof import("node:url");

// The engine's patterns are compiled straight to machine code. By default V8 first runs a new pattern
// in its bytecode interpreter and compiles it only when it runs again; for the lexicons' long
// alternations (several KB of "a|b|c…") that first interpreted pass cost more than the compilation
// (measured: 130–260 ms against 35–50 ms for the largest), and a one-shot command pays it for ~400
// patterns. A process-wide setting, so before any pattern runs and before the review's worker starts.
setFlagsFromString("--no-regexp-tier-up");
// Whether V8's regexp optimisation passes run is decided per comparison, by the size of its inputs
// (cli/regexpCompilation.ts): a short one-shot comparison is quicker without them, a long letter with.
// Functions are optimised by TurboFan later: V8 optimises a function once it has run through an
// "interrupt budget" of bytecode (67,584 by default), and a one-shot command's start-up runs hundreds of
// functions just past that, each optimised on a background thread for a run that ends before the code
// pays back (the optimising compiler was ~15 % of a cold `check`'s CPU). Fifteen times the budget
// keeps optimising what a long run really spends its time in. Measured side by side, interleaved,
// CPU medians at load ≈ 9: seed pair 760 → 670 ms, a full report and 3 press texts 1,200 → 890 ms, a
// 10,000-sentence letter 8.97 → 7.71 s (docs/design.md, "Start-up").
setFlagsFromString("--interrupt-budget=1000000");

// `presscheck --help | head -1`: a reader that stops reading ends the command quietly (exit 0).
endQuietlyWhenOutputCloses(process.stdout);

const argv = process.argv.slice(2);
const terminal = process.stdin.isTTY === true && process.stdout.isTTY === true;
// Resolved from this file: the bundle's CommonJS entry beside the ES-module chunks (scripts/build.mjs).
const cjsMain = fileURLToPath(new URL("./cli/main.cjs", import.meta.url));

if (mayOpenReview(argv, terminal) || !existsSync(cjsMain)) {
  const { prestartCompareWorker } = await import("./cli/prestartWorker.js");
  prestartCompareWorker(argv, terminal);
  const { main } = await import("./cli/main.js");
  process.exitCode = await main(argv);
} else {
  const { cacheFilePath, requireWithCodeCache } = load(
    "./compileCache.cjs",
  ) as typeof import("./cli/compileCache.js");
  const root = fileURLToPath(new URL("../", import.meta.url));
  const cli = requireWithCodeCache<typeof import("./cli/main.js")>(cjsMain, root, cacheFilePath());
  process.exitCode = await cli.exports.main(argv);
  cli.save();
  // The command is done: the process ends without V8 freeing its heap page by page (cli/exitPromptly.ts).
  exitOnceOutputWritten();
}
