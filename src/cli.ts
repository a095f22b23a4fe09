#!/usr/bin/env node
/**
 * presscheck — checks what press coverage says a regulator said against the regulator's letter.
 * The entry point stays this small so that a review's comparison worker starts before the command line's
 * own code loads (see cli/prestartWorker.ts); the commands are in cli/main.ts.
 */
import { setFlagsFromString } from "node:v8";
import { prestartCompareWorker } from "./cli/prestartWorker.js";

// The engine's patterns are compiled straight to machine code. By default V8 first runs a new pattern
// in its bytecode interpreter and compiles it only when it runs again; for the lexicons' long
// alternations (several KB of "a|b|c…") that first interpreted pass cost more than the compilation
// (measured: 130–260 ms against 35–50 ms for the largest), and a one-shot command pays it for ~400
// patterns. A process-wide setting, so before any pattern runs and before the review's worker starts.
setFlagsFromString("--no-regexp-tier-up");

const argv = process.argv.slice(2);
prestartCompareWorker(argv, process.stdin.isTTY === true && process.stdout.isTTY === true);
const { main } = await import("./cli/main.js");
process.exitCode = await main(argv);
