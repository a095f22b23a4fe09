import { readFileSync, statSync } from "node:fs";
import { decodeText, InputError, MAX_INPUT_BYTES } from "../core/ingest/decode.js";
import type { SourceDocument } from "../core/types.js";

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "a directory, not a file";
  return (err as Error).message;
}

/** Reads one input (a path, or `-` for standard input) into a document, or throws an InputError. */
export async function readInput(
  path: string,
  stdin: () => Uint8Array = () => readFileSync(0),
): Promise<{ doc: SourceDocument; warnings: string[] }> {
  if (/^https?:\/\//i.test(path))
    throw new InputError(path, "URLs are not supported yet (save the page and pass the file)");
  let bytes: Uint8Array;
  try {
    if (path === "-") bytes = stdin();
    else {
      const st = statSync(path);
      if (st.isDirectory()) throw new InputError(path, "a directory, not a file");
      if (st.size > MAX_INPUT_BYTES) {
        throw new InputError(
          path,
          `too large (${(st.size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`,
        );
      }
      bytes = readFileSync(path);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path === "-" ? "standard input" : path, describe(err));
  }
  return decodeText(path === "-" ? "stdin" : path, bytes);
}
