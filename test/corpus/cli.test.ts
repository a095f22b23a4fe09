import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type Store } from "./backends.js";
import { distractorLetter } from "./distractors.js";

// The real binary (built by test/e2e/buildOnce.ts), with the index in a temporary directory or a
// fresh PostgreSQL database chosen through PRESSCHECK_INDEX (or --index), never the user's own.
const work = mkdtempSync(join(tmpdir(), "presscheck-corpus-cli-"));
const LETTER = "seeds/001_3ecc2d4aaa3c5f93.txt";
let indexDir = join(work, "index");

function run(args: string[], env: Record<string, string> = { PRESSCHECK_INDEX: indexDir }) {
  const r = spawnSync(process.execPath, ["dist/cli.js", ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env, CI: "true" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

for (const backend of BACKENDS)
  describe.skipIf(!backend.available)(`presscheck index and check --corpus: ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.create();
      indexDir = store.spec;
    });
    afterAll(async () => {
      await store.drop();
    });

    it("refuses --corpus on an empty index with one line and exit code 2", () => {
      const r = run(["check", "--corpus", "seeds/000_48be5846dd2c0fe9.txt"]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/holds no letters/);
    });

    it("adds letters from files and folders, and lists them", () => {
      const folder = join(work, `letters-${backend.name}`);
      mkdirSync(folder);
      writeFileSync(join(folder, "a.txt"), distractorLetter(1));
      writeFileSync(join(folder, "b.txt"), distractorLetter(2));
      writeFileSync(join(folder, "empty.txt"), "");
      const r = run(["index", "add", LETTER, folder]);
      // The empty file is skipped with one line naming it; the others are added; exit 2 reports the skip.
      expect(r.stdout).toMatch(/added 3, updated 0, unchanged 0, skipped 1/);
      expect(r.stderr).toMatch(/skipped .*empty\.txt/);
      expect(r.code).toBe(2);
      const list = JSON.parse(run(["index", "list", "--json"]).stdout);
      expect(list.letters.map((l: { source: string }) => l.source)).toContain(LETTER);
      expect(list.letters).toHaveLength(3);
      // Adding the same letter again changes nothing.
      expect(run(["index", "add", LETTER]).stdout).toMatch(/added 0, updated 0, unchanged 1/);
    });

    it("finds each article's letter, checks against it, and says when none matches", () => {
      const r = run([
        "check",
        "--corpus",
        "seeds/000_48be5846dd2c0fe9.txt",
        "seeds/004_3ab04ba881e51fa3.txt",
      ]);
      expect(r.code).toBe(1); // 000 misquotes the letter
      expect(r.stdout).toMatch(
        /seeds\/000_48be5846dd2c0fe9\.txt {2}letter: seeds\/001_3ecc2d4aaa3c5f93\.txt {2}confidence [01]\.\d\d \(high\)/,
      );
      expect(r.stdout).toMatch(/seeds\/000_48be5846dd2c0fe9\.txt {2}discrepancies/);
      expect(r.stdout).toMatch(
        /seeds\/004_3ab04ba881e51fa3\.txt {2}no indexed letter matches .*not compared/,
      );
      expect(r.stdout).toMatch(
        /^total {2}2 documents: 1 matched to an indexed letter, 1 unmatched; 1 failed$/m,
      );
    });

    it("prints the match, its evidence offsets and the check as JSON", () => {
      const r = run(
        ["check", "--corpus", "--json", "seeds/002_2ce07d26d9d99a6e.txt", "--index", indexDir],
        {},
      );
      // JSON lines: one per article as it is checked, then the totals.
      const [doc, last] = r.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(doc.match.source).toBe(LETTER);
      expect(doc.match.level).toBe("high");
      expect(doc.match.passages[0]).toMatchObject({
        press: { start: expect.any(Number) },
        letter: { end: expect.any(Number) },
      });
      expect(doc.check.verdict).toBe("discrepancies");
      expect(last.total).toEqual({ documents: 1, matched: 1, unmatched: 0, failed: 1, errors: 0 });
    });

    it("checks a folder and a list of articles in workers, reports an unreadable one and goes on", () => {
      const folder = join(work, `articles-${backend.name}`);
      mkdirSync(folder);
      for (let i = 0; i < 5; i++)
        writeFileSync(join(folder, `copy-${i}.txt`), readFileSync("seeds/002_2ce07d26d9d99a6e.txt", "utf8"));
      writeFileSync(join(folder, "empty.txt"), "");
      const list = join(work, `list-${backend.name}.txt`);
      writeFileSync(list, "# today's coverage\nseeds/004_3ab04ba881e51fa3.txt\n\nno-such-article.txt\n");
      const r = run(["check", "--corpus", folder, "--list", list, "--jobs", "2"]);
      expect(r.code).toBe(1);
      const lines = r.stdout.trim().split("\n");
      // In the order given: the folder's files sorted, then the list's.
      const heads = lines.filter((l) => !l.startsWith("  ")).map((l) => l.split("  ")[0]);
      expect(heads).toEqual([
        ...["copy-0", "copy-1", "copy-2", "copy-3", "copy-4"].map((n) => join(folder, `${n}.txt`)),
        join(folder, "empty.txt"),
        "seeds/004_3ab04ba881e51fa3.txt",
        "no-such-article.txt",
        "total",
      ]);
      expect(r.stdout).toMatch(
        /empty\.txt {2}error: cannot read .*empty\.txt: empty \(no text\); not checked/,
      );
      expect(r.stdout).toMatch(/no-such-article\.txt {2}error: .*no such file; not checked/);
      expect(lines.at(-1)).toBe(
        "total  8 documents: 5 matched to an indexed letter, 1 unmatched; 5 failed; 2 could not be read",
      );
    });

    it("fails on unmatched articles when asked to", () => {
      const r = run(["check", "--corpus", "--fail-on", "unmatched", "seeds/004_3ab04ba881e51fa3.txt"]);
      expect(r.code).toBe(1);
    });

    it("still requires LETTER and PRESS without --corpus", () => {
      const r = run(["check", "seeds/001_3ecc2d4aaa3c5f93.txt"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/missing required argument 'press'/);
    });

    it("removes letters by source, and says which keys matched nothing", () => {
      expect(run(["index", "remove", LETTER]).stdout).toMatch(/^removed [0-9a-f]{16} {2}seeds\/001/);
      const r = run(["index", "remove", "no-such-letter.txt"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/no indexed letter has the id or source no-such-letter\.txt/);
      expect(JSON.parse(run(["index", "list", "--json"]).stdout).letters).toHaveLength(2);
    });

    it.skipIf(backend.name !== "embedded")(
      "refuses a damaged index with one line naming the file, no stack trace",
      () => {
        writeFileSync(join(indexDir, "manifest.json"), "{ not json");
        const r = run(["index", "list"]);
        expect(r.code).toBe(2);
        expect(r.stderr.trim().split("\n")).toHaveLength(1);
        expect(r.stderr).toMatch(/^presscheck: cannot read .*manifest\.json: not valid JSON/);
      },
    );
  });

describe("index on a PostgreSQL URL that does not answer", () => {
  it("says so in one line, exit code 2", () => {
    const r = run(["index", "list", "--index", "postgres://nobody:secret@127.0.0.1:1/none"], {});
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^presscheck: cannot read postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: no PostgreSQL server answers/,
    );
  });
});

describe("index add --offline", () => {
  it("skips a URL with one line instead of fetching it", () => {
    const r = run(
      ["index", "add", "--offline", "https://example.org/letter.pdf", "--index", join(work, "offline")],
      {},
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /skipped https:\/\/example\.org\/letter\.pdf: .*--offline forbids network access/,
    );
    expect(r.stdout).toMatch(/added 0, updated 0, unchanged 0, skipped 1/);
  });
});

describe("report --corpus", () => {
  const index = join(work, "report-index");
  const school = "test/fixtures/invented/01-ofsted-school";
  const reportRun = (args: string[]) => run([...args, "--index", index], {});

  it("writes one report per matched letter into the -o directory, with the match lines on stderr", () => {
    expect(reportRun(["index", "add", LETTER, `${school}/letter.txt`]).code).toBe(0);
    const out = join(work, "reports");
    const press = readdirSync(school)
      .filter((f) => f.startsWith("press-"))
      .map((f) => `${school}/${f}`);
    const r = reportRun([
      "report",
      "--corpus",
      "seeds/000_48be5846dd2c0fe9.txt",
      ...press,
      "-f",
      "json",
      "-o",
      out,
    ]);
    expect(r.stderr).toMatch(/seeds\/000_48be5846dd2c0fe9\.txt {2}letter: seeds\/001_3ecc2d4aaa3c5f93\.txt/);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["001_3ecc2d4aaa3c5f93.json", "letter.json"]);
    const seedReport = JSON.parse(readFileSync(join(out, "001_3ecc2d4aaa3c5f93.json"), "utf8"));
    expect(seedReport.letter.source).toBe(LETTER);
    expect(seedReport.documents.map((d: { source: string }) => d.source)).toEqual([
      "seeds/000_48be5846dd2c0fe9.txt",
    ]);
    const schoolReport = JSON.parse(readFileSync(join(out, "letter.json"), "utf8"));
    expect(schoolReport.documents).toHaveLength(press.length);
  });

  it("prints a single letter's report on stdout, as report does", () => {
    const r = reportRun(["report", "--corpus", "seeds/002_2ce07d26d9d99a6e.txt", "-f", "md"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# /);
    expect(r.stdout).toMatch(/002\\?_2ce07d26d9d99a6e\.txt/); // Markdown escapes the underscore
  });

  it("asks for a directory when several letters match and there is no -o, exit code 2", () => {
    const press = `${school}/${readdirSync(school).find((f) => f.startsWith("press-"))}`;
    const r = reportRun(["report", "--corpus", "seeds/000_48be5846dd2c0fe9.txt", press]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^presscheck: 2 letters matched: give -o DIR/m);
  });

  it("says there is nothing to report when no article matches", () => {
    const r = reportRun(["report", "--corpus", "seeds/004_3ab04ba881e51fa3.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing to report/);
  });
});

describe("index add identifies a file by its content", () => {
  it("reads a '.pdf' that is really an HTML page as HTML, with a warning, and keeps the metadata it states", () => {
    const folder = join(work, "misnamed");
    mkdirSync(folder);
    const page =
      "<!DOCTYPE html><html><head><title>Report</title></head><body><main>" +
      "<h1>Inspection of Westbury local authority children’s services</h1>" +
      "<p>Inspection dates: 3 to 14 June 2024</p><p>Overall effectiveness Good</p>" +
      "<p>Leaders have a clear understanding of the quality of practice. Too many children wait too long for a permanent home.</p>" +
      "</main></body></html>";
    writeFileSync(join(folder, "westbury.pdf"), page);
    const r = run(["index", "add", folder, "--index", join(work, "misnamed-index")], {});
    expect(r.stderr).toMatch(/westbury\.pdf: named as a PDF but is an HTML page; read as HTML/);
    expect(r.stdout).toMatch(/added 1,/);
    const list = run(["index", "list", "--index", join(work, "misnamed-index")], {});
    expect(list.stdout).toMatch(/westbury\.pdf {2}Westbury · full inspection · 2024-06-14 · good/);
  });
});
