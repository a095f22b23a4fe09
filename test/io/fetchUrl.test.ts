import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/core/ingest/decode.js";
import { fetchUrl } from "../../src/io/fetchUrl.js";
import { type LocalServer, startLocalServer } from "./localServer.js";

const PAGE = "<!doctype html><html><body><p>Estyn found teaching was good.</p></body></html>";
let server: LocalServer;
/** Bytes the /200mb route managed to send before the client hung up. */
let hugeSent = 0;

beforeAll(async () => {
  server = await startLocalServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/article.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    } else if (path.startsWith("/hop/")) {
      const n = Number(path.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : "/article.html" }).end();
    } else if (path === "/to-file") {
      res.writeHead(301, { location: "file:///etc/passwd" }).end();
    } else if (path === "/image.png") {
      res.writeHead(200, { "content-type": "image/png" }).end(Buffer.alloc(100));
    } else if (path === "/big") {
      // no Content-Length: the cap must hold while the body streams
      res.writeHead(200, { "content-type": "text/plain" });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 4 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
    } else if (path === "/200mb") {
      // 200 MB on offer, written only as fast as the client reads: a bounded reader stops it early.
      res.writeHead(200, { "content-type": "text/plain" }); // no Content-Length: the cap holds while streaming
      const chunk = Buffer.alloc(256 * 1024, 0x62);
      const pump = () => {
        while (hugeSent < 200 * 1024 * 1024 && !res.destroyed) {
          hugeSent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("close", () => res.removeAllListeners("drain"));
      pump();
    } else if (path === "/slow") {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html>"); // and never finishes
    } else {
      res.writeHead(404, { "content-type": "text/plain" }).end("nothing here");
    }
  });
});
afterAll(() => server.close());

describe("fetchUrl", () => {
  it("fetches a page with its media type", async () => {
    const r = await fetchUrl(server.url("/article.html"));
    expect(new TextDecoder().decode(r.bytes)).toBe(PAGE);
    expect(r.contentType).toBe("text/html; charset=utf-8");
  });

  it("follows a few redirects, and refuses more than the limit", async () => {
    const r = await fetchUrl(server.url("/hop/2"), { maxRedirects: 3 });
    expect(r.url).toBe(server.url("/article.html"));
    await expect(fetchUrl(server.url("/hop/5"), { maxRedirects: 3 })).rejects.toThrow(
      /more than 3 redirects/,
    );
  });

  it("refuses a redirect to anything but http(s)", async () => {
    await expect(fetchUrl(server.url("/to-file"))).rejects.toThrow(/redirected to a file: address/);
  });

  it("refuses media types that are not PDF, HTML or text", async () => {
    await expect(fetchUrl(server.url("/image.png"))).rejects.toThrow(
      /content type image\/png is not a PDF, HTML page or text/,
    );
  });

  it("stops reading at the size cap", async () => {
    await expect(fetchUrl(server.url("/big"), { maxBytes: 1024 * 1024 })).rejects.toThrow(
      /too large \(more than 1 MB\)/,
    );
  });

  it("stops a 200 MB body at the default size cap, long before the server has sent it", async () => {
    await expect(fetchUrl(server.url("/200mb"))).rejects.toThrow(/too large \(more than 20 MB\)/);
    expect(hugeSent).toBeLessThan(100 * 1024 * 1024);
  });

  it("gives up after the timeout", async () => {
    await expect(fetchUrl(server.url("/slow"), { timeoutMs: 300 })).rejects.toThrow(
      /no complete answer within 0.3 s/,
    );
  });

  it("reports HTTP errors and refused connections as one-line input errors", async () => {
    const notFound = await fetchUrl(server.url("/missing")).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(InputError);
    expect((notFound as Error).message).toBe(
      `cannot read ${server.url("/missing")}: the server answered 404 Not Found`,
    );
    // port 9 (discard) on loopback: nothing listens there in the test environment
    await expect(fetchUrl("http://127.0.0.1:9/x")).rejects.toThrow(
      /cannot read http:\/\/127\.0\.0\.1:9\/x: /,
    );
  });
});
