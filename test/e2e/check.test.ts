/**
 * End-to-end: `presscheck check` through the real binary (dist/cli.js, rebuilt by test/e2e/buildOnce.ts
 * when src/ is newer). What a script over many articles relies on: one line per press document and a
 * total, exit 0 when nothing at or above --fail-on is found, 1 when something is, 2 on error with one
 * line on stderr; and the --json shape. Invented documents (a CQC letter about a GP surgery and local
 * press about it) plus the bundled Ofsted seeds.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CheckJsonSchema } from "../../src/report/check.js";
import { controlCharsIn } from "../fixtures/controlChars.js";

const LETTER = `Care Quality Commission
Inspection report: Riverside Surgery, Northam

Dear Dr Patel,

Following our inspection on 4 February 2025, we rated Riverside Surgery as good overall.
Patients told us reception staff were friendly and helpful.
Appointments were usually available within two weeks, although some patients waited longer for routine reviews.
The practice had begun to introduce online consultations.
Clinical records were accurate and kept securely.
The practice needs to improve how it follows up abnormal blood test results.
Infection control audits were not yet completed regularly.

Yours sincerely,
Amal Reyes
Inspection Manager
`;

/** Reports the letter fairly: its praise and its criticism, nothing added. */
const FAITHFUL = `Riverside Surgery rated good

The Care Quality Commission rated Riverside Surgery in Northam as good overall after an inspection in February.
Patients told inspectors that reception staff were friendly and helpful.
The report said clinical records were accurate and kept securely.
It also said the practice needs to improve how it follows up abnormal blood test results, and that infection control audits were not yet completed regularly.
`;

/** A changed quote ("usually" → "always"), an invented one, and a stage inflated ("begun to introduce"). */
const ALTERED = `Riverside Surgery praised

The Care Quality Commission said appointments were "always available within two weeks" at Riverside Surgery.
Inspectors said the practice was "the best in the region".
The practice has introduced online consultations, the report said.
`;

const SEED_LETTER = "seeds/001_3ecc2d4aaa3c5f93.txt";
const SEED_PRESS = [
  "000_48be5846dd2c0fe9",
  "002_2ce07d26d9d99a6e",
  "003_911d55b8bae43da8",
  "004_3ab04ba881e51fa3",
].map((name) => `seeds/${name}.txt`);

let dir: string;
let letter: string;
let faithful: string;
let altered: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "presscheck-check-e2e-"));
  letter = join(dir, "cqc-riverside-letter.txt");
  faithful = join(dir, "northam-news.txt");
  altered = join(dir, "northam-echo.txt");
  writeFileSync(letter, LETTER);
  writeFileSync(faithful, FAITHFUL);
  writeFileSync(altered, ALTERED);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(args: string[], options: { shell?: boolean } = {}) {
  const r = options.shell
    ? spawnSync("sh", ["-c", `"${process.execPath}" dist/cli.js check ${args.join(" ")}`], {
        encoding: "utf8",
        timeout: 60_000,
      })
    : spawnSync(process.execPath, ["dist/cli.js", "check", ...args], { encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split("\n").filter(Boolean) };
}

/** One line on stderr, starting "presscheck: " and naming the problem, and no stack trace. */
function expectOneErrorLine(stderr: string, mentions: RegExp): void {
  const lines = stderr.split("\n").filter((line) => line.trim() !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^presscheck: /);
  expect(lines[0]).toMatch(mentions);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("presscheck check: verdicts and exit codes", () => {
  it("exits 0 with a faithful verdict when the press reports the letter fairly", () => {
    const r = check([letter, faithful]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([
      `${faithful}  faithful  no discrepancies`,
      "total  1 document: 1 faithful; no discrepancies; 0 failed",
    ]);
  });

  it("exits 1 and names counts, the worst finding and what failed when the press misquotes", () => {
    const r = check([letter, altered]);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(2);
    expect(r.lines[0]).toMatch(new RegExp(`^${altered}  discrepancies  `));
    expect(r.lines[0]).toContain('worst: quote-not-found "the best in the region"');
    expect(r.lines[0]).toMatch(/FAIL \(quote-altered, quote-not-found, overstated\)$/);
    expect(r.lines[1]).toMatch(/^total {2}1 document: 1 with discrepancies; .*1 failed$/);
  });

  it("checks the seeds: two articles with discrepancies, two about other Ofsted documents", () => {
    const r = check([SEED_LETTER, ...SEED_PRESS]);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(5);
    expect(r.lines.slice(0, 4).map((line) => line.split(/ {2,}/)[1])).toEqual([
      "discrepancies",
      "discrepancies",
      "different document",
      "different document",
    ]);
    expect(r.lines[4]).toMatch(
      /^total {2}4 documents: 2 with discrepancies, 2 different documents; .*; 2 failed$/,
    );
  });

  it("runs over a shell glob of many articles: one line each, then the total", () => {
    const many = join(dir, "many");
    mkdirSync(many);
    for (let i = 0; i < 30; i++) {
      writeFileSync(
        join(many, `article-${String(i).padStart(2, "0")}.txt`),
        i % 3 === 0 ? ALTERED : FAITHFUL,
      );
    }
    const r = check([letter, `${many}/*.txt`], { shell: true });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(31);
    expect(r.lines.filter((line) => line.includes("  faithful  "))).toHaveLength(20);
    expect(r.lines.filter((line) => / {2}FAIL \(/.test(line))).toHaveLength(10);
    expect(r.lines[30]).toMatch(/^total {2}30 documents: 20 faithful, 10 with discrepancies; .*; 10 failed$/);
    // Every article line starts with its file, padded to one column.
    const verdictColumn = new Set(
      r.lines.slice(0, 30).map((line) => line.indexOf("  ", line.indexOf(".txt"))),
    );
    expect(verdictColumn.size).toBe(1);
  });

  it("prints text safely: an escape sequence in a file name or a bidi override in a quote never reaches the terminal", () => {
    // Text files holding raw control characters are refused as binary on input; a file name can hold
    // them, and a text can hold a right-to-left override (U+202E) that would reorder the line shown.
    const hostile = join(dir, "red\u001b[31mnews.txt");
    writeFileSync(hostile, 'Inspectors said the practice was "the best \u202e in the region".\n');
    const r = check([letter, hostile]);
    expect(r.code).toBe(1);
    expect(controlCharsIn(r.stdout, "\n")).toEqual([]);
    expect(r.stdout).not.toContain("\u202e");
    expect(r.lines[0]).toMatch(
      /^\S*rednews\.txt {2}discrepancies {2}.*worst: quote-not-found "the best in the region"/,
    );
  });
});

describe("presscheck check --fail-on", () => {
  it("fails only on the kinds, flags and document tokens given", () => {
    expect(check([letter, altered, "--fail-on", "none"]).code).toBe(0);
    expect(check([letter, altered, "--fail-on", "selective,misattributed"]).code).toBe(0);
    const overstated = check([letter, altered, "--fail-on", " overstated , copied "]);
    expect(overstated.code).toBe(1);
    expect(overstated.lines[0]).toMatch(/FAIL \(overstated\)$/);
    expect(check([letter, altered, "--fail-on", "omission"]).code).toBe(1);
    expect(check([letter, faithful, "--fail-on", "omission"]).code).toBe(0);
  });

  it("does not fail a different document by default, only with different-document", () => {
    const seed = SEED_PRESS[2] as string;
    expect(check([SEED_LETTER, seed]).code).toBe(0);
    const r = check([SEED_LETTER, seed, "--fail-on", "different-document"]);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatch(/different document .*FAIL \(different-document\)$/);
  });

  it("exits 2 with one line for an unknown token, an empty list, or none mixed with kinds", () => {
    const unknown = check([letter, faithful, "--fail-on", "quote-altered,misquote"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe("");
    expectOneErrorLine(
      unknown.stderr,
      /^presscheck: --fail-on: unknown kind or flag "misquote"; expected one of: /,
    );
    expect(unknown.stderr).not.toMatch(/--fail-on: --fail-on/);

    const empty = check([letter, faithful, "--fail-on", ""]);
    expect(empty.code).toBe(2);
    expectOneErrorLine(empty.stderr, /--fail-on: empty list/);

    const mixed = check([letter, faithful, "--fail-on", "none,overstated"]);
    expect(mixed.code).toBe(2);
    expectOneErrorLine(mixed.stderr, /"none" \(never fail\) cannot be combined/);
  });

  it("exits 2 when --fail-on has no value", () => {
    const r = check([letter, faithful, "--fail-on"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--fail-on/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("presscheck check: errors", () => {
  it("exits 2 with one line naming a missing file among many, and prints no verdicts", () => {
    const r = check([letter, faithful, join(dir, "missing-article.txt"), altered]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expectOneErrorLine(r.stderr, /missing-article\.txt.*no such file/);
  });

  it("exits 2 when no press document is given", () => {
    const r = check([letter]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/press/);
  });
});

describe("presscheck check --json", () => {
  it("prints one JSON object in the documented shape, with the same exit code", () => {
    const r = check([letter, faithful, altered, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const json = CheckJsonSchema.parse(JSON.parse(r.stdout));
    expect(json.failed).toBe(true);
    expect(json.documents.map((d) => [d.source, d.verdict, d.failed])).toEqual([
      [faithful, "faithful", false],
      [altered, "discrepancies", true],
    ]);
    expect(json.documents[0]).not.toHaveProperty("worst");
    expect(json.documents[1]?.worst).toMatchObject({ kind: "quote-not-found", flags: [] });
    const worst = json.documents[1]?.worst;
    expect(ALTERED.slice(worst?.press.start, worst?.press.end)).toBe(worst?.press.text);
    expect(json.documents[1]?.failedOn).toEqual(["quote-altered", "quote-not-found", "overstated"]);
    expect(json.total).toMatchObject({
      documents: 2,
      failed: 1,
      verdicts: { faithful: 1, discrepancies: 1 },
    });
  });

  it("reports a passing run as failed: false, exit 0", () => {
    const r = check([letter, altered, "--json", "--fail-on", "none"]);
    expect(r.code).toBe(0);
    expect(CheckJsonSchema.parse(JSON.parse(r.stdout)).failed).toBe(false);
  });
});
