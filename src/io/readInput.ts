import { readFileSync, statSync } from "node:fs";
import { InputError, MAX_INPUT_BYTES, tooLarge } from "../core/ingest/decode.js";
import { type Ingested, ingestBytes } from "../core/ingest/ingest.js";

export interface ReadOptions {
  /** Refuse http(s) addresses instead of fetching them. */
  offline?: boolean;
  /** How standard input is read (tests replace it). */
  stdin?: () => Uint8Array;
  /** Identify the input by its content alone (see IngestHints.byContent). */
  byContent?: boolean;
  /** Fetch options for http(s) addresses (tests shorten the timeout). */
  fetch?: import("./fetchUrl.js").FetchOptions;
}

const URL_PATTERN = /^https?:\/\//i;

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "a directory, not a file";
  if (code === "ENOTDIR") return "no such file (a part of the path is not a directory)";
  return (err as Error).message;
}

/**
 * Reads one input — a file path, an http(s) address, or `-` for standard input — into a document,
 * or throws an InputError with a one-line reason.
 */
export async function readInput(path: string, opts: ReadOptions = {}): Promise<Ingested> {
  if (URL_PATTERN.test(path)) {
    if (opts.offline) throw new InputError(path, "a web address, and --offline forbids network access");
    const { fetchUrl } = await import("./fetchUrl.js");
    const fetched = await fetchUrl(path, opts.fetch);
    return ingestBytes(path, fetched.bytes, {
      ...(fetched.contentType ? { contentType: fetched.contentType } : {}),
      ...(opts.byContent ? { byContent: true } : {}),
    });
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    throw new InputError(path, "only http:// and https:// addresses can be fetched");
  }
  const source = path === "-" ? "standard input" : path;
  let bytes: Uint8Array;
  try {
    if (path === "-") bytes = (opts.stdin ?? (() => readFileSync(0)))();
    else {
      const st = statSync(path);
      if (st.isDirectory()) throw new InputError(path, "a directory, not a file");
      if (st.size > MAX_INPUT_BYTES) throw new InputError(path, tooLarge(st.size));
      bytes = readFileSync(path);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(source, describe(err));
  }
  return ingestBytes(path === "-" ? "stdin" : path, bytes, opts.byContent ? { byContent: true } : {});
}
