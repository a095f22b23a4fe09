/**
 * Issue 14, items 7 and 8: command-line conventions a new user meets first — help, unknown commands,
 * what `check --help` lists, one style of error line — and `npm run accuracy` on a clone without
 * ../shared.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { closestCommand } from "../../src/cli/closestCommand.js";
import { errorLine } from "../../src/cli/main.js";
import { FLAGS, KINDS } from "../../src/core/types.js";

function run(args: string[], env: NodeJS.ProcessEnv = {}, script = "dist/cli.js") {
  const r = spawnSync(process.execPath, [script, ...args], {
    input: "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function oneErrorLine(stderr: string): string {
  const lines = stderr.split("\n").filter((l) => l.trim() !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^presscheck: /);
  return lines[0] ?? "";
}

describe("help", () => {
  it("`presscheck help` and `presscheck help check` print help and exit 0", () => {
    const all = run(["help"]);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain("check [options] <letter> <press...>");
    expect(all.stdout).toContain("Exit codes:");
    const check = run(["help", "check"]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("Usage: presscheck check [options] <letter> <press...>");
  });

  it("`check --help` lists every --fail-on name and the exit codes", () => {
    const r = run(["check", "--help"]);
    expect(r.code).toBe(0);
    for (const name of [...KINDS, ...FLAGS, "different-document", "omission", "none"])
      expect(r.stdout).toContain(name);
    expect(r.stdout).toMatch(/Exit codes:\n\s+0 .*\n\s+1 .*\n\s+2 /);
  });
});

describe("errors: one line, 'presscheck: …', exit 2", () => {
  it("names an unknown command and the closest one", () => {
    const r = run(["chek"]);
    expect(r.code).toBe(2);
    expect(oneErrorLine(r.stderr)).toBe(
      "presscheck: unknown command 'chek' (did you mean 'check'?); see `presscheck help`",
    );
    expect(oneErrorLine(run(["bogus"]).stderr)).toContain("unknown command 'bogus'");
  });

  it("puts commander's own errors in the same style, suggestion included", () => {
    const r = run(["report", "--bogus"]);
    expect(r.code).toBe(2);
    expect(oneErrorLine(r.stderr)).toBe("presscheck: unknown option '--bogus' (did you mean --corpus?)");
    expect(oneErrorLine(run(["check"]).stderr)).toBe("presscheck: missing required argument 'letter'");
  });

  it("refuses --fail-on none,selective without contradicting itself", () => {
    const r = run([
      "check",
      "--fail-on",
      "none,selective",
      "seeds/001_3ecc2d4aaa3c5f93.txt",
      "seeds/000_48be5846dd2c0fe9.txt",
    ]);
    expect(r.code).toBe(2);
    const line = oneErrorLine(r.stderr);
    expect(line).toContain('"none"');
    expect(line).not.toMatch(/unknown kind or flag "none"/);
  });

  it("formats commander messages as one line", () => {
    expect(errorLine("error: unknown option '--x'\n(Did you mean --y?)\n")).toBe(
      "presscheck: unknown option '--x' (did you mean --y?)\n",
    );
  });
});

describe("closestCommand", () => {
  it("suggests only near misses", () => {
    expect(closestCommand("reveiw", ["report", "check", "review"])).toBe("review");
    expect(closestCommand("xyzzy", ["report", "check", "review"])).toBeUndefined();
  });
});

describe("item 8: a fresh clone", () => {
  it("`npm run accuracy` without ../shared says in one line what is missing and what it skipped", () => {
    const r = run([], { PRESSCHECK_SHARED: "/nonexistent-shared" }, "scripts/accuracy.mjs");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^accuracy: skipped the seeds, invented and held-out pairs: .*not found/);
  });

  it("the README's quick start puts presscheck on the PATH the way package.json allows", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8"));
    expect(pkg.bin.presscheck).toBe("dist/cli.js");
    const readme = readFileSync("README.md", "utf8");
    const quickStart = readme.split(/^## Quick start$/m)[1]?.split(/^## /m)[0] ?? "";
    expect(quickStart).toContain("npm link");
  });
});

describe("item 6: report -o", () => {
  const args = ["report", "seeds/001_3ecc2d4aaa3c5f93.txt", "seeds/002_2ce07d26d9d99a6e.txt"];

  it("takes the format from -o's extension and says on stderr what it wrote", () => {
    const dir = mkdtempSync(join(tmpdir(), "presscheck-o-"));
    const out = join(dir, "report.md");
    const r = run([...args, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`presscheck: wrote ${out} (md, 1 press document)\n`);
    expect(readFileSync(out, "utf8")).toMatch(/^# Press coverage check/);
  });

  it("refuses an extension it cannot read as a format, in one line, writing nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "presscheck-o-"));
    const out = join(dir, "report.txt");
    const r = run([...args, "-o", out]);
    expect(r.code).toBe(2);
    expect(oneErrorLine(r.stderr)).toContain("cannot tell the report format from");
    expect(existsSync(out)).toBe(false);
  });

  it("writes CSV with a byte-order mark on --bom, and refuses --bom for other formats", () => {
    const r = run([...args, "--format", "csv", "--bom"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("\uFEFFtype,document,id,")).toBe(true);
    expect(oneErrorLine(run([...args, "--format", "md", "--bom"]).stderr)).toContain("--bom is for CSV");
  });
});
