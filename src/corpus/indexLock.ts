import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
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

/**
 * Runs `fn` holding `DIR/lock` (created exclusively, holding our pid), so two `index add` runs cannot
 * both read the manifest and each overwrite the other's change. A lock left by a process that no
 * longer runs (a crash, a kill) is taken over.
 */
export async function withIndexLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const path = join(dir, "lock");
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o644);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw err;
      const pid = Number.parseInt(readFileSync(path, "utf8"), 10);
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new InputError(
          dir,
          `another presscheck (pid ${pid}) is changing the index; try again when it has finished`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(path, { force: true });
  }
}
