/**
 * End-to-end: what the built binary loads before a command runs (docs/design.md, "Start-up"). Read from
 * the bundle itself (dist/cli.js and its chunks, built by test/e2e/buildOnce.ts): each chunk's static
 * imports, which load with it, and its source map, which names the modules it holds. No timings here
 * (speed lives in `npm run bench`); these are the structural reasons a cold start is short.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stemWord } from "../../src/core/text/stem.js";

const DIST = "dist";

/** The files a bundle file imports statically (`import … from "./…"`), relative to dist/. */
function staticImports(file: string): string[] {
  const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
  const code = readFileSync(join(DIST, file), "utf8");
  const found: string[] = [];
  for (const m of code.matchAll(/^(?:import|export)\b[^;\n]*?\bfrom "\.\/([\w.-]+\.js)";?$/gm))
    found.push(`${dir}${m[1]}`);
  for (const m of code.matchAll(/^import "\.\/([\w.-]+\.js)";?$/gm)) found.push(`${dir}${m[1]}`);
  return found;
}

/** Every file that loads with `file` (itself included). */
function loadedWith(file: string): Set<string> {
  const seen = new Set<string>();
  const todo = [file];
  for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...staticImports(f));
  }
  return seen;
}

/**
 * The source modules in the given bundle files, from their source maps (paths as the maps give them).
 * A chunk that only re-exports another (a facade for a dynamic import) has no map and no module.
 */
function sourcesOf(files: Iterable<string>): string[] {
  return [...files].flatMap((f) => {
    const map = join(DIST, `${f}.map`);
    return existsSync(map) ? (JSON.parse(readFileSync(map, "utf8")).sources as string[]) : [];
  });
}

/** The bundle chunk that holds the source module ending in `suffix`. */
function chunkHolding(suffix: string): string {
  const chunks = readdirSync(join(DIST, "cli")).filter((f) => f.startsWith("chunk-") && f.endsWith(".js"));
  const hit = chunks.find((c) => sourcesOf([`cli/${c}`]).some((s) => s.endsWith(suffix)));
  if (!hit) throw new Error(`no chunk holds ${suffix}`);
  return `cli/${hit}`;
}

/** The CommonJS chunks a file requires at load (`const x = require("./chunk-….cjs")`), relative to dist/. */
function cjsLoadedWith(file: string): Set<string> {
  const seen = new Set<string>();
  const todo = [file];
  for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
    if (seen.has(f)) continue;
    seen.add(f);
    const code = readFileSync(join(DIST, f), "utf8");
    for (const m of code.matchAll(/^const \w+ = require\("\.\/([\w.-]+\.cjs)"\);$/gm))
      todo.push(`cli/${m[1]}`);
  }
  return seen;
}

/** The CommonJS chunk that holds the source module ending in `suffix`. */
function cjsChunkHolding(suffix: string): string {
  const chunks = readdirSync(join(DIST, "cli")).filter((f) => f.startsWith("chunk-") && f.endsWith(".cjs"));
  const hit = chunks.find((c) => sourcesOf([`cli/${c}`]).some((s) => s.endsWith(suffix)));
  if (!hit) throw new Error(`no CommonJS chunk holds ${suffix}`);
  return `cli/${hit}`;
}

describe("start-up of the built command line", () => {
  it("is a bundle: dist/cli.js and the workers share chunks in dist/cli/, with source maps", () => {
    for (const entry of [
      "cli.js",
      "cli/compareWorker.js",
      "cli/corpusCheckWorker.js",
      "cli/letterReadWorker.js",
    ]) {
      expect(existsSync(join(DIST, entry)), entry).toBe(true);
      expect(existsSync(join(DIST, `${entry}.map`)), `${entry}.map`).toBe(true);
    }
    expect(sourcesOf(["cli.js"]).some((s) => s.endsWith("src/cli.ts"))).toBe(true);
  });

  it("imports no Node module as an ES module but node:module: the others, and the code-cache loader, by require", () => {
    // An ES module's import of a built-in builds a facade of all its exports, running their lazy getters.
    const entry = readFileSync(join(DIST, "cli.js"), "utf8");
    expect([...entry.matchAll(/^import\b[^;\n]*?\bfrom "(node:[\w/]+)";?$/gm)].map((m) => m[1])).toEqual([
      "node:module",
    ]);
    expect(entry).not.toMatch(/\bimport\("node:/);
    expect(entry).toContain('load("./compileCache.cjs")');
    expect(existsSync(join(DIST, "cli/compileCache.cjs"))).toBe(true);
  });

  it("builds the command line (--version, --help) without zod, the engine or the UI", () => {
    const files = new Set([...loadedWith("cli.js"), ...loadedWith(chunkHolding("src/cli/main.ts"))]);
    const sources = sourcesOf(files);
    expect(sources.some((s) => s.includes("node_modules/commander/"))).toBe(true);
    for (const heavy of [
      "node_modules/zod/",
      "src/core/compare.ts",
      "src/core/align/",
      "src/ui/",
      "src/corpus/",
    ])
      expect(
        sources.filter((s) => s.includes(heavy)),
        heavy,
      ).toEqual([]);
  });

  it("loads no UI, corpus or report renderer with the comparison `check` runs", () => {
    const files = new Set([
      ...loadedWith(chunkHolding("src/cli/checkCommand.ts")),
      ...loadedWith(chunkHolding("src/cli/run.ts")),
    ]);
    const sources = sourcesOf(files);
    expect(sources.some((s) => s.endsWith("src/core/compare.ts"))).toBe(true);
    for (const other of [
      "src/ui/",
      "src/corpus/",
      "src/report/html.ts",
      "src/report/markdown.ts",
      "src/review/",
    ])
      expect(
        sources.filter((s) => s.includes(other)),
        other,
      ).toEqual([]);
  });

  it("carries the stems of the engine's own vocabulary, each as natural's stemmer gives it", () => {
    // scripts/build.mjs fills src/core/text/stemsAtLoad.ts (empty in the sources) in both bundles.
    for (const chunk of [
      chunkHolding("src/core/text/stemsAtLoad.ts"),
      cjsChunkHolding("src/core/text/stemsAtLoad.ts"),
    ]) {
      const table = readFileSync(join(DIST, chunk), "utf8").match(/const STEMS_AT_LOAD = (\[[^\]]*\]);/);
      const flat = JSON.parse(table?.[1] ?? "[]") as string[];
      expect(flat.length, chunk).toBeGreaterThan(100);
      for (let i = 0; i < flat.length; i += 2) expect(stemWord(flat[i] as string), flat[i]).toBe(flat[i + 1]);
    }
  });

  it("runs every command but the review from a CommonJS copy whose `check` chunks all take the code cache", () => {
    const mark = "/*presscheck:no-code-cache*/";
    expect(existsSync(join(DIST, "cli/main.cjs.map"))).toBe(true);
    const check = new Set([
      ...cjsLoadedWith("cli/main.cjs"),
      ...cjsLoadedWith(cjsChunkHolding("src/cli/checkCommand.ts")),
      ...cjsLoadedWith(cjsChunkHolding("src/cli/run.ts")),
    ]);
    expect(sourcesOf(check).some((s) => s.endsWith("src/core/compare.ts"))).toBe(true);
    for (const f of check) expect(readFileSync(join(DIST, f), "utf8").startsWith(mark), f).toBe(false);
    // The PDF reader imports unpdf, an ES module: compiled by Node, not from the cache.
    expect(readFileSync(join(DIST, cjsChunkHolding("src/core/ingest/pdf.ts")), "utf8").startsWith(mark)).toBe(
      true,
    );
  });
});
