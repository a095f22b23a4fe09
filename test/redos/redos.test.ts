/**
 * ReDoS check (issue 13): every regular expression in src/ — the literals, found by parsing the
 * sources, and the ones built at run time, recorded while the built code runs over the seeds and the
 * fixtures — is checked with recheck, and must be safe or listed in allowList.ts with the bound that
 * makes it harmless. A `new RegExp` the run never reaches fails the test too, so none escapes.
 *
 * Slow by nature (recheck analyses each pattern; about a minute for ~650 patterns on an idle 2-core
 * machine, several under load): it lives in its own file with a generous timeout. Nothing is cached
 * between runs. Verdicts do not depend on the machine's load (see verdict): a run is repeatable.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { checkSync, type Diagnostics } from "recheck";
import { beforeAll, describe, expect, it } from "vitest";
import { ALLOWED } from "./allowList.js";
import { collectRegexes, type RegexLiteral } from "./collect.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

interface Pattern {
  source: string;
  flags: string;
  where: string[];
}

let patterns: Pattern[] = [];
let sites: { file: string; line: number }[] = [];
let capturedSites = new Set<string>();

beforeAll(() => {
  const collected = collectRegexes(`${root}src`, root);
  sites = collected.sites;
  const run = spawnSync(process.execPath, ["--enable-source-maps", "test/redos/captureRegExps.mjs"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`captureRegExps failed: ${run.stderr}`);
  const captured = (JSON.parse(run.stdout) as { source: string; flags: string; sites: string[] }[])
    .map((c) => ({ ...c, sites: c.sites.filter((s) => s.startsWith("src/")) }))
    .filter((c) => c.sites.length > 0);
  capturedSites = new Set(captured.flatMap((c) => c.sites));
  const byKey = new Map<string, Pattern>();
  const add = (source: string, flags: string, where: string) => {
    const key = `${source}\u0000${flags}`;
    const p = byKey.get(key) ?? { source, flags, where: [] };
    p.where.push(where);
    byKey.set(key, p);
  };
  for (const l of collected.literals as RegexLiteral[]) add(l.source, l.flags, `${l.file}:${l.line}`);
  for (const c of captured) for (const s of c.sites) add(c.source, c.flags, s);
  patterns = [...byKey.values()];
}, 120_000);

/**
 * Every limit recheck measures in time switched off (so a loaded machine cannot turn "safe" into
 * "unknown"), and the fuzzer's random seed fixed: only counts bound the work, and a verdict is the
 * same on every run.
 *
 * One clock stays: the recall step. When the analysis finds an attack string, recheck replays it in a
 * real Node process to confirm it; with no time limit a truly vulnerable pattern never returns there, so
 * the test hung silently instead of failing (a 4th-degree pattern did, once). With a limit the replay of
 * a real attack ends at it and the pattern is reported vulnerable (checked on that pattern: the same
 * verdict as with recall skipped); a rejected attack finishes in milliseconds, far inside it, so load
 * can only make a borderline pattern fail, never pass.
 */
const NO_CLOCK = {
  timeout: null,
  incubationTimeout: null,
  recallTimeout: 10_000,
  seedingTimeout: null,
  randomSeed: 13,
} as const;

/**
 * recheck's verdict, decided without the clock: its "auto" checker takes the automaton analysis
 * (exact) when the pattern's automaton is small enough, and the fuzzer otherwise, by the pattern's
 * size alone; with the limits above, both are repeatable. (The automaton checker forced on every
 * pattern runs for many minutes on the large alternations.)
 */
function verdict(source: string, flags: string): Diagnostics {
  return checkSync(source, flags, { ...NO_CLOCK, checker: "auto" });
}

const fileOf = (where: string) => where.replace(/:\d+$/, "");
const allowedFor = (p: Pattern) =>
  ALLOWED.find((a) => p.where.some((w) => fileOf(w) === a.file) && p.source.startsWith(a.starts));

describe("regular expressions in src/", () => {
  it("finds the literals and every construction site", () => {
    expect(patterns.length).toBeGreaterThan(300);
    expect(sites.length).toBeGreaterThan(20);
  });

  it("runs every `new RegExp` of src/ while recording (so each built pattern is checked)", () => {
    const missed = sites.map((s) => `${s.file}:${s.line}`).filter((s) => !capturedSites.has(s));
    expect(missed, "a RegExp built here never ran in captureRegExps.mjs: exercise it there").toEqual([]);
  });

  it("lists no allowance that matches no pattern (the list cannot go stale)", () => {
    const stale = ALLOWED.filter(
      (a) =>
        !patterns.some((p) => p.where.some((w) => fileOf(w) === a.file) && p.source.startsWith(a.starts)),
    );
    expect(stale.map((a) => `${a.file}: ${a.starts}`)).toEqual([]);
  });

  it(
    "reports a polynomial pattern as vulnerable and returns (the recall step is bounded, not a hang)",
    () => {
      // An invented pattern of the shape that once hung this test: a word's letters and the optional
      // space between words overlap inside a repeated group, so a run of capitals backtracks.
      const r = verdict(String.raw`^Dr\s+(?:\p{Lu}[\p{L}.-]*\s*){1,4}$`, "u");
      expect(r.status).toBe("vulnerable");
    },
    5 * 60_000,
  );

  it(
    "is safe by recheck, or allowed with its bound",
    () => {
      const failures: string[] = [];
      for (const p of patterns) {
        if (allowedFor(p)) continue;
        const r = verdict(p.source, p.flags);
        if (r.status === "safe") continue;
        const why = r.status === "vulnerable" ? r.complexity.summary : r.status;
        failures.push(`${p.where.join(", ")}: /${p.source.slice(0, 80)}/${p.flags} — ${why}`);
      }
      expect(failures, "fix the pattern, or add it to test/redos/allowList.ts with its bound").toEqual([]);
    },
    30 * 60_000,
  );
});
