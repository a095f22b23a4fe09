#!/usr/bin/env node
/**
 * presscheck — checks what press coverage says a regulator said against the regulator's letter.
 * The entry point stays this small so that a review's comparison worker starts before the command line's
 * own code loads (see cli/prestartWorker.ts); the commands are in cli/main.ts.
 */
import { prestartCompareWorker } from "./cli/prestartWorker.js";

const argv = process.argv.slice(2);
prestartCompareWorker(argv, process.stdin.isTTY === true && process.stdout.isTTY === true);
const { main } = await import("./cli/main.js");
process.exitCode = await main(argv);
