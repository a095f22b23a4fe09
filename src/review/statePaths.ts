import { basename, extname } from "node:path";

/**
 * The state file of each document. A state file holds one press document, so when `statePath` gives
 * several documents the same file (an explicit `--state FILE` with several press files), each gets its
 * own file beside it instead: `review.json` → `review.gazette.txt.json`, `review.echo.html.json`.
 * `sources` are every press document of the review, in order (including any still being compared).
 */
export function statePathsFor(
  sources: readonly string[],
  statePath: (documentSource: string) => string,
): string[] {
  const paths = sources.map((source) => statePath(source));
  return paths.map((path, i) => {
    if (paths.indexOf(path) === paths.lastIndexOf(path)) return path;
    const ext = extname(path);
    const stem = ext === "" ? path : path.slice(0, -ext.length);
    return `${stem}.${basename(sources[i] ?? String(i))}${ext}`;
  });
}
