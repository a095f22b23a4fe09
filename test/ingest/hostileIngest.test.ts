/** Limits on hostile inputs at ingestion (issue 13): bounded escapes, UTF-8 kept, deep HTML flattened, bidi in JSON. */
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/core/ingest/decode.js";
import { capHtmlDepth, MAX_HTML_DEPTH } from "../../src/core/ingest/html.js";
import { normaliseText } from "../../src/core/ingest/normalise.js";
import { jsonWithoutBidi } from "../../src/report/sanitize.js";

describe("hostile inputs at ingestion", () => {
  it("drops an unterminated ESC ] and keeps the rest of the document", () => {
    const text = `First sentence.\u001b]0;title\nSecond sentence. Third sentence.`;
    expect(normaliseText(text)).toBe("First sentence.0;title\nSecond sentence. Third sentence.");
  });

  it("still removes a terminated OSC and a colour sequence whole", () => {
    expect(normaliseText("a\u001b]0;title\u0007b \u001b[31mred\u001b[0m")).toBe("ab red");
  });

  it("replaces a few invalid bytes in a UTF-8 text instead of reading it all as Windows-1252", () => {
    const good = new TextEncoder().encode("Inspectors said the school’s “leaders are strong”. ");
    const bytes = new Uint8Array([...good, 0xff, 0xfe, 0x80, ...good]);
    const { text, warnings } = decodeText("a.txt", bytes);
    expect(text).toContain("school’s “leaders are strong”");
    expect(text).toContain("\ufffd");
    expect(warnings[0]).toMatch(/3 bytes are not valid UTF-8; replaced with U\+FFFD/);
  });

  it("reads a text with no valid UTF-8 sequence at all as Windows-1252", () => {
    const { text } = decodeText("b.txt", new Uint8Array([0x93, 0x67, 0x6f, 0x6f, 0x64, 0x94]));
    expect(text).toBe("“good”");
  });

  it("keeps only MAX_HTML_DEPTH levels of nesting, and every word", () => {
    const deep = `<body>${"<div>".repeat(1000)}<p>words here</p>${"</div>".repeat(1000)}</body>`;
    const capped = capHtmlDepth(deep);
    expect(capped).toContain("words here");
    expect(capped.split("<div>").length - 1).toBeLessThanOrEqual(MAX_HTML_DEPTH);
    expect(capHtmlDepth("<p>plain</p>")).toBe("<p>plain</p>");
  });

  it("writes bidi controls in JSON as escapes, keeping the parsed value", () => {
    const json = JSON.stringify({ text: "a\u202eb" });
    const safe = jsonWithoutBidi(json);
    expect(safe).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(safe)).toEqual({ text: "a\u202eb" });
  });
});

describe("reading capped streams", () => {
  it("refuses a stream as soon as it passes the cap", async () => {
    const { readCapped } = await import("../../src/io/readInput.js");
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { execFileSync } = await import("node:child_process");
    const { createWriteStream } = await import("node:fs");
    const dir = mkdtempSync(join(tmpdir(), "presscheck-fifo-"));
    const fifo = join(dir, "p");
    execFileSync("mkfifo", [fifo]);
    // A writer that would send 64 MB; the reader stops after 1 MB and the writer is cut off.
    const writer = createWriteStream(fifo);
    const source = new PassThrough();
    source.pipe(writer);
    const chunk = Buffer.alloc(1024 * 1024, 97);
    let sent = 0;
    const pump = () => {
      while (sent < 64 && source.write(chunk)) sent++;
      if (sent < 64) source.once("drain", pump);
      else source.end();
    };
    writer.on("error", () => {});
    pump();
    await expect(readCapped(fifo, "p", 1024 * 1024)).rejects.toThrow(/too large \(more than/);
    source.destroy();
    writer.destroy();
    expect(sent).toBeLessThan(64);
  });
});
