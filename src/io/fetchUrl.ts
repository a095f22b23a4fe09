import { InputError, MAX_INPUT_BYTES, tooLarge } from "../core/ingest/decode.js";

export interface FetchOptions {
  /** Give up after this long, for the whole exchange including redirects and the body. */
  timeoutMs?: number;
  /** Refuse bodies larger than this. */
  maxBytes?: number;
  /** Follow at most this many redirects. */
  maxRedirects?: number;
}

export interface Fetched {
  /** The address the body came from after redirects. */
  url: string;
  bytes: Uint8Array;
  contentType?: string;
}

export const FETCH_TIMEOUT_MS = 20_000;
export const MAX_REDIRECTS = 5;

/** Media types presscheck can read: PDF letters, HTML pages and plain text or Markdown. */
const ACCEPTED = /^(?:application\/(?:pdf|x-pdf|xhtml\+xml)|text\/(?:html|plain|markdown))$/;

/**
 * Fetches one http(s) address for use as an input: a time limit for the whole exchange, a size cap
 * enforced while the body streams in (a lying Content-Length cannot get past it), at most a few
 * redirects and only to http(s), and a media type that is PDF, HTML or text. Every failure is an
 * InputError naming the address.
 */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
  const maxRedirects = opts.maxRedirects ?? MAX_REDIRECTS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let current = new URL(url);
    for (let redirects = 0; ; redirects++) {
      if (current.protocol !== "http:" && current.protocol !== "https:") {
        throw new InputError(url, `redirected to a ${current.protocol} address, which is not fetched`);
      }
      const res = await fetch(current, {
        redirect: "manual",
        signal: controller.signal,
        headers: { accept: "application/pdf, text/html;q=0.9, text/plain;q=0.8", "user-agent": "presscheck" },
      });
      if (res.status >= 300 && res.status < 400 && res.headers.get("location")) {
        await res.body?.cancel();
        if (redirects >= maxRedirects) throw new InputError(url, `more than ${maxRedirects} redirects`);
        current = new URL(res.headers.get("location") as string, current);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new InputError(
          url,
          `the server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`,
        );
      }
      const contentType = res.headers.get("content-type") ?? undefined;
      const type = contentType?.split(";")[0]?.trim().toLowerCase();
      if (type && !ACCEPTED.test(type)) {
        await res.body?.cancel();
        throw new InputError(url, `content type ${type} is not a PDF, HTML page or text`);
      }
      const declared = Number(res.headers.get("content-length") ?? Number.NaN);
      if (declared > maxBytes) {
        await res.body?.cancel();
        throw new InputError(url, tooLarge(declared, maxBytes));
      }
      const bytes = await readCapped(url, res, maxBytes, controller);
      return { url: current.href, bytes, contentType };
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    if (controller.signal.aborted)
      throw new InputError(url, `no complete answer within ${timeoutMs / 1000} s`);
    throw new InputError(url, describeFetchError(err));
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(
  url: string,
  res: Response,
  maxBytes: number,
  controller: AbortController,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      controller.abort();
      throw new InputError(url, `too large (more than ${(maxBytes / 1048576).toFixed(0)} MB)`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** Node's fetch hides the reason in `cause` ("fetch failed" / ECONNREFUSED …). */
function describeFetchError(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return "the connection was reset";
  return (cause?.message ?? (err as Error).message ?? String(err)).replace(/\s+/g, " ");
}
