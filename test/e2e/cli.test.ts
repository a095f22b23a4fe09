/**
 * End-to-end: the real binary (dist/cli.js, built by test/e2e/buildOnce.ts) on the bundled seeds and
 * on bad input. Checks the contract a script relies on — stdout, stderr, exit codes — not internals.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ReportSchema } from "../../src/report/schema.js";

const LETTER = "seeds/001_3ecc2d4aaa3c5f93.txt";
const PRESS = [
  "000_48be5846dd2c0fe9",
  "002_2ce07d26d9d99a6e",
  "003_911d55b8bae43da8",
  "004_3ab04ba881e51fa3",
].map((n) => `seeds/${n}.txt`);

function run(args: string[], input?: string) {
  const env = { ...process.env, NO_COLOR: "1" };
  const r = spawnSync(process.execPath, ["dist/cli.js", ...args], {
    input: input ?? "",
    encoding: "utf8",
    env,
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One line on stderr, naming what went wrong, and no stack trace. */
function expectOneCleanErrorLine(stderr: string, mentions: RegExp): void {
  const lines = stderr.split("\n").filter((l) => l.trim() !== "" && !/^npm warn/i.test(l));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^presscheck: /);
  expect(lines[0]).toMatch(mentions);
  expect(stderr).not.toMatch(/\n\s+at /);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "presscheck-e2e-"));
});

describe("presscheck report", () => {
  it("prints a schemaVersion 1 JSON report of the four press seeds that the zod contract accepts", () => {
    const r = run(["report", LETTER, ...PRESS, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.schemaVersion).toBe(1);
    expect(report.documents.map((d) => d.source)).toEqual(
      PRESS.map((p) => expect.stringContaining(p.slice(6))),
    );
    // 003 and 004 are about other Ofsted documents; 000 and 002 report this letter.
    expect(report.documents.map((d) => d.differentDocument)).toEqual([false, false, true, true]);
    const letterText = readFileSync(LETTER, "utf8");
    for (const doc of report.documents) {
      const pressText = readFileSync(PRESS[report.documents.indexOf(doc)] as string, "utf8");
      for (const f of doc.findings) {
        expect(pressText.slice(f.press.start, f.press.end)).toBe(f.press.text);
        for (const s of f.letter) expect(letterText.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });

  it("reads a press document from standard input with -", () => {
    const press = readFileSync(PRESS[1] as string, "utf8");
    const r = run(["report", LETTER, "-", "--format", "json"], press);
    expect(r.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.documents[0]?.findings.length).toBeGreaterThan(0);
  });

  it("writes the format the -o extension names, atomically, and nothing to stdout", () => {
    const out = join(dir, "report.md");
    const r = run(["report", LETTER, PRESS[0] as string, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toMatch(/^# /m);
  });
});

describe("presscheck with no arguments, --help, --version", () => {
  it("runs the demo on the bundled seeds when not on a terminal", () => {
    const r = run([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/quote-altered|overstated|selective/);
  });

  it("prints help and the version", () => {
    const help = run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/report/);
    expect(help.stdout).toMatch(/check/);
    expect(help.stdout).toMatch(/review/);
    const version = run(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

/**
 * Runs the binary with its standard output already closed by the reader, as `presscheck … | head -1`
 * leaves it once head has its line: the command's writes fail (EPIPE).
 */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["dist/cli.js", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("a reader that stops reading (`| head -1`)", () => {
  it("ends --help and check quietly, exit 0", async () => {
    for (const args of [["--help"], ["check", LETTER, ...PRESS.slice(0, 2)]]) {
      const r = await runIntoClosedPipe(args);
      expect(r.stderr, args.join(" ")).toBe("");
      expect(r.code, args.join(" ")).toBe(0);
    }
  });
});

describe("the code cache of a test run", () => {
  it("is kept in a temporary directory of the run's own, never the user's ~/.cache/presscheck", () => {
    const dir = process.env.PRESSCHECK_CACHE_DIR ?? "";
    expect(dir.startsWith(tmpdir())).toBe(true);
    expect(run(["check", LETTER, PRESS[0] as string]).code).toBe(1);
    expect(readdirSync(dir).some((f) => f.startsWith("v8-code-"))).toBe(true);
  });
});

describe("bad input: one clear line naming the file, exit 2, no stack trace", () => {
  it("a file that does not exist", () => {
    const r = run(["report", LETTER, join(dir, "nope.txt")]);
    expect(r.code).toBe(2);
    expectOneCleanErrorLine(r.stderr, /nope\.txt.*no such file/);
  });

  it("an empty file", () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const r = run(["report", LETTER, empty]);
    expect(r.code).toBe(2);
    expectOneCleanErrorLine(r.stderr, /empty\.txt.*empty/);
  });

  it("a binary file", () => {
    const bin = join(dir, "image.txt");
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 255, 254, 0]));
    const r = run(["report", LETTER, bin]);
    expect(r.code).toBe(2);
    expectOneCleanErrorLine(r.stderr, /image\.txt.*binary/);
  });

  it("a directory", () => {
    const sub = join(dir, "folder");
    mkdirSync(sub, { recursive: true });
    const r = run(["report", LETTER, sub]);
    expect(r.code).toBe(2);
    expectOneCleanErrorLine(r.stderr, /folder.*directory/);
  });

  it("a letter with no sentences", () => {
    const bare = join(dir, "bare-letter.txt");
    writeFileSync(bare, "Ofsted\nPiccadilly Gate\nManchester\n");
    const r = run(["report", bare, PRESS[0] as string]);
    expect(r.code).toBe(2);
    expectOneCleanErrorLine(r.stderr, /bare-letter\.txt.*no sentences/);
  });

  it("an unknown format is a usage error", () => {
    const r = run(["report", LETTER, PRESS[0] as string, "--format", "pdf"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/format/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("--debug adds the stack trace", () => {
    const r = run(["report", LETTER, join(dir, "nope.txt"), "--debug"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe("presscheck review without a terminal", () => {
  it("refuses with a message pointing to report and check, exit 2", () => {
    const r = run(["review", LETTER, PRESS[0] as string]);
    expect(r.code).toBe(2);
    expectOneCleanErrorLine(r.stderr, /report.*check|check.*report/);
  });
});
