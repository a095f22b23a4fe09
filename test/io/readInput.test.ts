import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInput } from "../../src/io/readInput.js";
import { type LocalServer, startLocalServer } from "./localServer.js";

const dir = mkdtempSync(join(tmpdir(), "presscheck-read-"));
let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer((_req, res) => {
    res
      .writeHead(200, { "content-type": "text/html" })
      .end("<html><body><p>HMIP found the prison was safe.</p></body></html>");
  });
});
afterAll(() => server.close());

describe("readInput", () => {
  it("reads a file", async () => {
    const path = join(dir, "letter.txt");
    writeFileSync(path, "The school is good.\r\n");
    expect((await readInput(path)).doc).toEqual({
      source: path,
      text: "The school is good.\n",
      format: "text",
    });
  });

  it("reads standard input for -", async () => {
    const r = await readInput("-", { stdin: () => new TextEncoder().encode("From a pipe.") });
    expect(r.doc).toEqual({ source: "stdin", text: "From a pipe.", format: "text" });
  });

  it("fetches an http address and extracts the page", async () => {
    const r = await readInput(server.url("/story"));
    expect(r.doc).toMatchObject({
      source: server.url("/story"),
      format: "html",
      text: "HMIP found the prison was safe.",
    });
  });

  it("refuses the network with --offline", async () => {
    await expect(readInput(server.url("/story"), { offline: true })).rejects.toThrow(
      `cannot read ${server.url("/story")}: a web address, and --offline forbids network access`,
    );
  });

  it("refuses other URL schemes", async () => {
    await expect(readInput("ftp://example.org/letter.pdf")).rejects.toThrow(/only http:\/\/ and https:\/\//);
  });

  it.each([
    ["a path that does not exist", () => join(dir, "missing.txt"), /missing\.txt: no such file$/],
    [
      "a directory",
      () => {
        mkdirSync(join(dir, "folder"), { recursive: true });
        return join(dir, "folder");
      },
      /folder: a directory, not a file$/,
    ],
  ])("names %s", async (_name, make, message) => {
    await expect(readInput(make())).rejects.toThrow(message);
  });

  it.skipIf(process.getuid?.() === 0)("names a file it may not read", async () => {
    const path = join(dir, "secret.txt");
    writeFileSync(path, "x");
    chmodSync(path, 0o000);
    await expect(readInput(path)).rejects.toThrow(/secret\.txt: permission denied$/);
  });
});
