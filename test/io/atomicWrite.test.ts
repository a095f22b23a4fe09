import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/io/atomicWrite.js";

describe("writeFileAtomic", () => {
  it("replaces the file and leaves no temp file behind", () => {
    const dir = mkdtempSync(join(tmpdir(), "presscheck-atomic-"));
    const path = join(dir, "review.json");
    writeFileSync(path, "old");
    writeFileAtomic(path, "new");
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["review.json"]);
  });

  it("writes data given in pieces one after another", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const path = join(dir, "report.json");
    writeFileSync(path, "old");
    function* pieces() {
      yield "{\n";
      yield '  "a": "é"\n';
      yield "}\n";
    }
    writeFileAtomic(path, pieces());
    expect(readFileSync(path, "utf8")).toBe('{\n  "a": "é"\n}\n');
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  it("removes its temp file and keeps the old file when the write fails", () => {
    const dir = mkdtempSync(join(tmpdir(), "presscheck-atomic-"));
    const path = join(dir, "report.md");
    writeFileSync(path, "previous report");
    // a directory where the file should go makes the final rename fail
    expect(() => writeFileAtomic(join(dir, "."), "x")).toThrow();
    expect(readFileSync(path, "utf8")).toBe("previous report");
    expect(readdirSync(dir)).toEqual(["report.md"]);
  });

  it("leaves the previous file whole when the writing process is killed mid-write", async () => {
    const dir = mkdtempSync(join(tmpdir(), "presscheck-atomic-"));
    const path = join(dir, "state.json");
    const previous = JSON.stringify({ decisions: { a: "confirmed" } });
    writeFileSync(path, previous);
    // A child process (the built module; test/e2e/buildOnce.ts builds dist/) writes a large new
    // version over and over; it is killed with SIGKILL (no chance to clean up) while a temp file
    // exists, that is, in the middle of a write.
    const module = resolve("dist/io/atomicWrite.js");
    const script = `
      const { writeFileAtomic } = await import(${JSON.stringify(module)});
      const big = JSON.stringify({ decisions: {}, padding: "x".repeat(30 * 1024 * 1024) });
      process.stdout.write("writing\\n");
      for (;;) writeFileAtomic(${JSON.stringify(path)}, big);
    `;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((done) => child.stdout.once("data", () => done()));
    while (!readdirSync(dir).some((f) => f.endsWith(".tmp"))) await new Promise((r) => setImmediate(r));
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const now = readFileSync(path, "utf8");
    // either the old file or one complete new version, never a torn one
    expect(now === previous || JSON.parse(now).padding.length === 30 * 1024 * 1024).toBe(true);
    expect(() => JSON.parse(now)).not.toThrow();
    // The killed writer's temp file (almost always there) is cleared away by the next write to the file.
    writeFileAtomic(path, "after");
    expect(readdirSync(dir)).toEqual(["state.json"]);
  });

  it("never removes the temp file of a writer that is still running, nor another file's", () => {
    const dir = mkdtempSync(join(tmpdir(), "presscheck-atomic-"));
    const path = join(dir, "notes.json");
    const live = `.notes.json.${process.ppid}.abcd1234.tmp`; // the parent of this test process runs
    const other = `.other.json.999999999.abcd1234.tmp`;
    writeFileSync(join(dir, live), "partial");
    writeFileSync(join(dir, other), "partial");
    writeFileAtomic(path, "{}");
    expect(readdirSync(dir).sort()).toEqual([live, other, "notes.json"].sort());
  });
});
