/**
 * vitest globalSetup: end-to-end tests drive the real binary (dist/cli.js), so build it once before any
 * test file runs — and only when a source file is newer than the build, so `npm test` after
 * `npm install` (which already built) costs nothing.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
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

export default function setup(): void {
  const built = "dist/cli.js";
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime("src")) return;
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
}
