import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../core/ingest/decode.js";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long a writer waits for another to finish before giving up (a large import takes minutes). */
const DEFAULT_WAIT_MS = 15 * 60_000;

/**
 * Runs `fn` holding `DIR/lock` (created exclusively, holding our pid), so two `index add` runs cannot
 * both read the manifest and each overwrite the other's change: the second waits its turn (polling)
 * and then reads the first one's result, so nothing either adds is lost. A lock left by a process
 * that no longer runs (a crash, a kill) is taken over; after `waitMs` a live holder is reported.
 */
export async function withIndexLock<T>(
  dir: string,
  fn: () => Promise<T>,
  { waitMs = DEFAULT_WAIT_MS }: { waitMs?: number } = {},
): Promise<T> {
  const path = join(dir, "lock");
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = openSync(path, "wx", 0o644);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      let pid = Number.NaN;
      try {
        pid = Number.parseInt(readFileSync(path, "utf8"), 10);
      } catch {
        continue; // the holder removed it between our attempt and the read: try again
      }
      // A lock file without a pid is being written by its holder — unless it has been so for seconds.
      const held = Number.isNaN(pid) ? ageMs(path) < 10_000 : pid > 0 && alive(pid);
      if (!held) {
        rmSync(path, { force: true });
        continue;
      }
      if (Date.now() >= deadline) {
        throw new InputError(
          dir,
          `another presscheck (pid ${pid}) is changing the index; try again when it has finished`,
        );
      }
      await sleep(50 + Math.random() * 100);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(path, { force: true });
  }
}
