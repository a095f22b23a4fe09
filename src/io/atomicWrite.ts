import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The temp file of one write: hidden, beside the target, named by the writing process and a nonce. */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

/** Whether a process with this id is running (signal 0 only checks; EPERM means it runs as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A writer killed mid-write (SIGKILL, power loss) leaves its temp file behind: never read, but clutter
 * beside the user's files. The first write to a path in a process removes the temp files of that
 * path whose writer is no longer running — never a live writer's. Best effort: a failure is ignored.
 */
const swept = new Set<string>();
function removeStaleTemps(path: string): void {
  if (swept.has(path)) return;
  swept.add(path);
  const prefix = `.${basename(path)}.`;
  try {
    for (const name of readdirSync(dirname(path))) {
      if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
      const pid = Number(name.slice(prefix.length).split(".")[0]);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid))
        rmSync(join(dirname(path), name), { force: true });
    }
  } catch {
    // an unreadable directory: the write itself will say what is wrong
  }
}

/**
 * Writes `data` to `path` so that readers only ever see the old file or the whole new one:
 * write a temp file beside it, fsync, then rename over (rename is atomic within one file system).
 * `data` may come in pieces, written one after another (a long report written as it is made).
 */
export function writeFileAtomic(path: string, data: string | Iterable<string>): void {
  removeStaleTemps(path);
  const tmp = tempPathFor(path);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, "w", 0o644);
    for (const piece of typeof data === "string" ? [data] : data) writeSync(fd, piece);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
}
