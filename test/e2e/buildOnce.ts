/**
 * vitest globalSetup: end-to-end tests drive the real binary (dist/cli.js), so build it once before any
 * test file runs — and only when a source file is newer than the build, so `npm test` after
 * `npm install` (which already built) costs nothing.
 *
 * The binary keeps V8's code cache in the user's cache directory (src/cli/compileCache.ts): the tests point
 * it at a directory of their own (PRESSCHECK_CACHE_DIR, inherited by the test processes and every binary
 * they start), removed afterwards, so that a test run never writes into ~/.cache/presscheck.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

export default function setup(): () => void {
  const cacheDir = mkdtempSync(join(tmpdir(), "presscheck-test-cache-"));
  process.env.PRESSCHECK_CACHE_DIR = cacheDir;
  const built = "dist/cli.js";
  if (!existsSync(built) || statSync(built).mtimeMs < newestMtime("src")) {
    execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
  }
  return () => rmSync(cacheDir, { recursive: true, force: true });
}
