import { createReadStream, readFileSync, statSync } from "node:fs";
import { InputError, MAX_INPUT_BYTES, tooLarge } from "../core/ingest/decode.js";
import { type Ingested, ingestBytes } from "../core/ingest/ingest.js";

export interface ReadOptions {
  /** Refuse http(s) addresses instead of fetching them. */
  offline?: boolean;
  /** How standard input is read (tests replace it); by default fd 0 as a stream, capped at `maxBytes`. */
  stdin?: () => Uint8Array | Promise<Uint8Array>;
  /** The largest input accepted, in bytes (default MAX_INPUT_BYTES; `--max-size` raises it). */
  maxBytes?: number;
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
    const maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
    const fetched = await fetchUrl(path, { maxBytes, ...opts.fetch });
    return ingestBytes(path, fetched.bytes, {
      ...(fetched.contentType ? { contentType: fetched.contentType } : {}),
      maxBytes,
      ...(opts.byContent ? { byContent: true } : {}),
    });
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    throw new InputError(path, "only http:// and https:// addresses can be fetched");
  }
  const source = path === "-" ? "standard input" : path;
  const maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
  let bytes: Uint8Array;
  try {
    if (path === "-") bytes = await (opts.stdin ?? (() => readCapped(0, source, maxBytes)))();
    else {
      const st = statSync(path);
      if (st.isDirectory()) throw new InputError(path, "a directory, not a file");
      if (st.isFile()) {
        if (st.size > maxBytes) throw new InputError(path, tooLarge(st.size, maxBytes));
        bytes = readFileSync(path);
      } else bytes = await readCapped(path, source, maxBytes); // a FIFO or device: its size is not known in advance
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(source, describe(err));
  }
  if (bytes.length > maxBytes) throw new InputError(source, tooLarge(bytes.length, maxBytes));
  return ingestBytes(path === "-" ? "stdin" : path, bytes, {
    maxBytes,
    ...(opts.byContent ? { byContent: true } : {}),
  });
}

/**
 * Reads a stream (standard input, a FIFO) to its end, refusing it as soon as it passes `maxBytes`:
 * the cap holds while reading, so 400 MB through a pipe are never held in memory. As a stream, not
 * readFileSync(0): a pipe whose writer is not ready yet (`(sleep 1; cat f) | presscheck check L -`)
 * is waited for instead of failing with EAGAIN.
 */
export function readCapped(from: number | string, source: string, maxBytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const stream =
      typeof from === "number"
        ? createReadStream("", { fd: from, autoClose: false })
        : createReadStream(from);
    const chunks: Buffer[] = [];
    let total = 0;
    stream.on("data", (chunk) => {
      const buf = chunk as Buffer;
      total += buf.length;
      if (total > maxBytes) {
        stream.destroy();
        reject(new InputError(source, tooLarge(total, maxBytes, true)));
        return;
      }
      chunks.push(buf);
    });
    stream.on("error", (err) => reject(new InputError(source, describe(err))));
    stream.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks, total))));
  });
}
