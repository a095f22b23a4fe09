import { basename, extname } from "node:path";

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

/**
 * The state file of one press document when `--state FILE` is given: one file per press document beside
 * FILE, named after it (`review.json` → `review.gazette.txt.json`) — whether the review has one press
 * document or several, so that `report --state FILE` finds what any review with the same FILE saved.
 */
export function explicitStatePath(file: string, pressSource: string): string {
  const ext = extname(file);
  const stem = ext === "" ? file : file.slice(0, -ext.length);
  const name = pressSource === "-" ? "stdin" : basename(defaultStatePath(pressSource), SUFFIX);
  return `${stem}.${name}${ext}`;
}

/** Where each press document's decisions are kept: beside FILE with `--state FILE`, else beside the press file. */
export function statePathFor(state: string | undefined): (pressSource: string) => string {
  return (source) => (state === undefined ? defaultStatePath(source) : explicitStatePath(state, source));
}

/**
 * The file a one-document review with `--state FILE` wrote before state files were named per press
 * document (FILE itself), read as a fallback (see LoadOptions.legacyPath); none without `--state`.
 */
export function legacyStatePath(state: string | undefined): string | undefined {
  return state;
}
