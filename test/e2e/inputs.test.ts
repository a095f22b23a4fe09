/**
 * End-to-end: real-world inputs through the built binary (dist/cli.js, built by buildOnce.ts) — a
 * generated PDF letter, an article page fetched from a local server on 127.0.0.1, standard input —
 * and the table of bad inputs in the README ("## Inputs"): each gets a sensible result or one clear
 * line on stderr with exit code 2, and no stack trace unless --debug.
 */
import { execFile } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReportSchema } from "../../src/report/schema.js";
import { PRESS_ARTICLE_HTML } from "../ingest/fixtures/pressArticle.js";
import { type LocalServer, startLocalServer } from "../io/localServer.js";

const PDF_LETTER = "test/fixtures/pdf/invented-letter.pdf";
const TEXT_LETTER = "test/fixtures/pdf/invented-letter.txt";
const SEED_LETTER = "seeds/001_3ecc2d4aaa3c5f93.txt";
const SEED_PDF = "test/fixtures/pdf/seed-letter.pdf";
const SEED_PRESS = "seeds/000_48be5846dd2c0fe9.txt";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the binary without blocking this process (the local server must keep answering). */
function run(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ["dist/cli.js", ...args],
      {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
        timeout: 30_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input ?? "");
  });
}

function expectOneCleanErrorLine(r: Run, mentions: RegExp): void {
  expect(r.code).toBe(2);
  const lines = r.stderr.split("\n").filter((l) => l.trim() !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^presscheck: cannot read /);
  expect(lines[0]).toMatch(mentions);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

/** What a finding says, independent of where the letter's words sit in its text. */
function findingsOf(r: Run) {
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const report = ReportSchema.parse(JSON.parse(r.stdout));
  return report.documents.map((d) => ({
    differentDocument: d.differentDocument,
    findings: d.findings.map((f) => ({
      kind: f.kind,
      flags: f.flags,
      press: [f.press.start, f.press.end],
      letter: f.letter.map((l) => l.text.replace(/\s+/g, " ")),
    })),
    omissions: d.omissions.map((o) => o.text.replace(/\s+/g, " ")),
  }));
}

let dir: string;
let server: LocalServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "presscheck-inputs-"));
  server = await startLocalServer((req, res) => {
    if (req.url === "/article.html")
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PRESS_ARTICLE_HTML);
    else if (req.url === "/seed.txt")
      res.writeHead(200, { "content-type": "text/plain" }).end(readFileSync(SEED_PRESS));
    else if (req.url === "/letter.pdf")
      res.writeHead(200, { "content-type": "application/pdf" }).end("<html>Access denied</html>");
    else res.writeHead(404).end();
  });
});
afterAll(() => server.close());

describe("a PDF letter and a press page fetched over HTTP", () => {
  it("report letter.pdf http://127.0.0.1:PORT/article.html --format json works", async () => {
    const r = await run(["report", PDF_LETTER, server.url("/article.html"), "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.letter.source).toBe(PDF_LETTER);
    const doc = report.documents[0];
    expect(doc?.source).toBe(server.url("/article.html"));
    expect(doc?.text).not.toMatch(/cookies|Share on|Related stories|Great news/);
    expect(doc?.findings.some((f) => f.kind === "quote-exact")).toBe(true);
    // "now timely in all cases" against the letter's "not yet timely in all cases"
    expect(doc?.findings.some((f) => f.kind === "overstated" || f.kind === "unsupported")).toBe(true);
  });

  it("finds the same on the PDF letter as on the same letter as text", { timeout: 60_000 }, async () => {
    const url = server.url("/article.html");
    const fromPdf = await run(["report", PDF_LETTER, url, "--format", "json"]);
    const fromText = await run(["report", TEXT_LETTER, url, "--format", "json"]);
    expect(findingsOf(fromPdf)).toEqual(findingsOf(fromText));
    const seedPdf = await run(["report", SEED_PDF, SEED_PRESS, server.url("/seed.txt"), "--format", "json"]);
    const seedText = await run([
      "report",
      SEED_LETTER,
      SEED_PRESS,
      server.url("/seed.txt"),
      "--format",
      "json",
    ]);
    expect(findingsOf(seedPdf)).toEqual(findingsOf(seedText));
  });

  it("reads the press document from standard input with -", async () => {
    const r = await run(["report", PDF_LETTER, "-", "--format", "json"], readFileSync(SEED_PRESS, "utf8"));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(ReportSchema.parse(JSON.parse(r.stdout)).documents[0]?.source).toBe("stdin");
  });

  it("--offline refuses the network; a server's 'PDF' that is HTML is named", async () => {
    expectOneCleanErrorLine(
      await run(["report", PDF_LETTER, server.url("/article.html"), "--offline"]),
      /--offline forbids network access/,
    );
    expectOneCleanErrorLine(
      await run(["check", server.url("/letter.pdf"), SEED_PRESS]),
      /not a PDF \(starts with "<html>/,
    );
    expectOneCleanErrorLine(
      await run(["check", SEED_LETTER, server.url("/gone")]),
      /the server answered 404/,
    );
  });
});

describe("the bad-input table of the README", () => {
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it.each([
    ["empty", () => file("empty.txt", ""), /empty\.txt: empty/],
    ["white space only", () => file("blank.txt", " \n\n\t \r\n"), /blank\.txt: empty/],
    [
      "binary",
      () => file("photo.txt", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])),
      /photo\.txt: not text \(binary/,
    ],
    [
      "50 MB of text",
      () => {
        const path = file("huge.txt", "");
        truncateSync(path, 50 * 1024 * 1024);
        return path;
      },
      /huge\.txt: too large \(50\.0 MB; the limit is 20 MB, raise it with --max-size\)/,
    ],
    [
      "a directory",
      () => {
        mkdirSync(join(dir, "cuttings"), { recursive: true });
        return join(dir, "cuttings");
      },
      /cuttings: a directory, not a file/,
    ],
    ["a path that does not exist", () => join(dir, "nowhere.txt"), /nowhere\.txt: no such file/],
    [
      "a .pdf that is an HTML page",
      () => file("letter.pdf", "<!DOCTYPE html><title>Error</title>"),
      /letter\.pdf: not a PDF/,
    ],
  ])("%s: one line, exit 2", async (_name, make, message) => {
    expectOneCleanErrorLine(await run(["report", SEED_LETTER, make()]), message);
  });

  it.skipIf(process.getuid?.() === 0)("no read permission: one line, exit 2", async () => {
    const path = file("locked.txt", "Some text.");
    chmodSync(path, 0o000);
    expectOneCleanErrorLine(await run(["report", SEED_LETTER, path]), /locked\.txt: permission denied/);
  });

  it("a letter of one sentence: compared, and its one finding omitted when unreported", async () => {
    const letter = file("one.txt", "Too many children in Eastfield wait too long for a permanent home.");
    const press = file(
      "press-one.txt",
      "Eastfield council welcomed the inspection report on Tuesday, the mayor said.",
    );
    const r = await run(["report", letter, press, "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = ReportSchema.parse(JSON.parse(r.stdout)).documents[0];
    expect(doc?.findings.map((f) => f.kind)).toEqual(["not-checked"]);
    expect(doc?.omissions).toHaveLength(1);
  });

  it("a press text with no claim about the letter: 'no claims about the letter', nothing omitted (issue 11)", async () => {
    const letter = file("one.txt", "Too many children in Eastfield wait too long for a permanent home.");
    const press = file(
      "press-library.txt",
      "Eastfield council opened a new library on Tuesday, the mayor said.",
    );
    const r = await run(["report", letter, press, "--format", "json"]);
    const doc = ReportSchema.parse(JSON.parse(r.stdout)).documents[0];
    expect(doc?.noClaims).toBe(true);
    expect(doc?.omissions).toEqual([]);
    const c = await run(["check", letter, press]);
    expect(c.stdout).toMatch(/no claims about the letter/);
    expect(c.code).toBe(1);
  });

  it("a press document identical to the letter: every claim sourced, nothing misreported or omitted", async () => {
    const r = await run(["report", TEXT_LETTER, TEXT_LETTER, "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = ReportSchema.parse(JSON.parse(r.stdout)).documents[0];
    expect(doc?.omissions).toEqual([]);
    expect(
      doc?.findings.filter((f) =>
        ["quote-altered", "quote-not-found", "overstated", "unsupported"].includes(f.kind),
      ),
    ).toEqual([]);
    expect(doc?.findings.filter((f) => f.kind === "copied").length).toBeGreaterThan(10);
  });

  it("a press document in another language: nothing matched, nothing called a misquote", async () => {
    const welsh = file(
      "erthygl.txt",
      "Mae arolygwyr wedi canmol gwasanaeth gofal y cyngor. Dywedodd yr adroddiad fod pobl ifanc yn ymddiried yn eu cynghorwyr.",
    );
    const r = await run(["report", TEXT_LETTER, welsh, "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = ReportSchema.parse(JSON.parse(r.stdout)).documents[0];
    expect(doc?.findings.every((f) => f.kind === "not-checked" || f.kind === "unsupported")).toBe(true);
  });

  it("--debug adds the stack trace to an input error", async () => {
    const r = await run(["report", SEED_LETTER, join(dir, "nowhere.txt"), "--debug"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});
