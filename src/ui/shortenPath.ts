/**
 * A path shortened from the left to at most `max` columns, keeping the file name whole when it fits:
 * `news/2026/march/westbury-gazette.txt` → `…/march/westbury-gazette.txt` or `…westbury-gazette.txt`.
 * Only a name longer than `max` itself loses its start. (Paths here are sanitised, single-width text.)
 */
export function shortenPath(path: string, max: number): string {
  if (path.length <= max) return path;
  if (max <= 1) return "…".slice(0, Math.max(0, max));
  const tail = path.slice(path.length - (max - 1));
  // Start the kept part at a directory boundary when there is one inside it.
  const slash = tail.indexOf("/");
  return `…${slash > 0 && slash < tail.length - 1 ? tail.slice(slash) : tail}`;
}
