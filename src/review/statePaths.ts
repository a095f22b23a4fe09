import { basename, extname } from "node:path";
import type { Comparison } from "../core/types.js";

/**
 * The state file of each document. A state file holds one press document, so when `statePath` gives
 * several documents the same file (an explicit `--state FILE` with several press files), each gets its
 * own file beside it instead: `review.json` → `review.gazette.txt.json`, `review.echo.html.json`.
 */
export function statePathsFor(
  comparison: Comparison,
  statePath: (documentSource: string) => string,
): string[] {
  const paths = comparison.documents.map((doc) => statePath(doc.source));
  return paths.map((path, i) => {
    if (paths.indexOf(path) === paths.lastIndexOf(path)) return path;
    const ext = extname(path);
    const stem = ext === "" ? path : path.slice(0, -ext.length);
    return `${stem}.${basename(comparison.documents[i]?.source ?? String(i))}${ext}`;
  });
}
