/**
 * Why a report file could not be written, in words for the one-line error (`presscheck: cannot write
 * out/report.html: no such directory`). Node's own message names the temporary file the atomic
 * write uses, which the user never asked for, so the system error code is translated instead.
 */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such directory",
  ENOTDIR: "a part of the path is not a directory",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  ENAMETOOLONG: "the name is too long",
};

/** The reason for a failed write of the report to `path`, from the error's system code. */
export function describeWriteError(path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const reason = code !== undefined ? REASONS[code] : undefined;
  return `cannot write ${path}: ${reason ?? (err instanceof Error ? err.message : String(err))}`;
}
