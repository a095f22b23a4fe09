import { basename } from "node:path";

const SUFFIX = ".presscheck-state.json";

/**
 * Where a press document's review is kept unless `--state FILE` says otherwise: beside the press file.
 * Sources that are not files (stdin `-`, http(s) URLs) get a file in the working directory named after
 * them, since there is no directory to put it beside.
 */
export function defaultStatePath(pressSource: string): string {
  if (pressSource === "-") return `stdin${SUFFIX}`;
  if (/^https?:\/\//i.test(pressSource)) {
    const url = new URL(pressSource);
    const slug = `${url.hostname}${url.pathname}`.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/_+$/, "");
    return `${slug || basename(url.hostname)}${SUFFIX}`;
  }
  return `${pressSource}${SUFFIX}`;
}
