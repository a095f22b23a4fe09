import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  cacheDir,
  cacheFilePath,
  formatCacheFile,
  NO_CODE_CACHE,
  parseCacheFile,
  requireWithCodeCache,
} from "../../src/cli/compileCache.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A package root with an entry that requires a second file, both CommonJS. */
function pkg(answer: string): { root: string; entry: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), "presscheck-cc-"));
  dirs.push(root);
  mkdirSync(join(root, "dist"));
  writeFileSync(
    join(root, "dist", "main.cjs"),
    'const part = require("./part.cjs");\nexports.main = (x) => part.answer + ":" + x;\n',
  );
  writeFileSync(join(root, "dist", "part.cjs"), `exports.answer = "${answer}";\n`);
  return { root, entry: join(root, "dist", "main.cjs"), cache: join(root, "cache", "code.bin") };
}

type Main = { main: (x: string) => string };

/** Forgets the package's files in Node's module cache, as a new process would not have them. */
function newProcess(root: string): void {
  const cache = createRequire(import.meta.url).cache;
  for (const file of Object.keys(cache)) if (file.startsWith(root)) delete cache[file];
}

describe("parseCacheFile and formatCacheFile", () => {
  const entries = new Map([
    ["dist/a.cjs", { sourceHash: "aa", data: Buffer.from([1, 2, 3, 4]) }],
    ["dist/b.cjs", { sourceHash: "bb", data: Buffer.from([5, 6]) }],
  ]);

  it("read back what they wrote", () => {
    const back = parseCacheFile(formatCacheFile(entries));
    expect([...back.keys()]).toEqual(["dist/a.cjs", "dist/b.cjs"]);
    expect(back.get("dist/b.cjs")?.sourceHash).toBe("bb");
    expect([...(back.get("dist/a.cjs")?.data ?? [])]).toEqual([1, 2, 3, 4]);
  });

  it("give nothing for a damaged, cut or foreign file (V8 would crash on damaged bytes)", () => {
    const file = formatCacheFile(entries);
    const flipped = Buffer.from(file);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 0xff;
    expect(parseCacheFile(flipped).size).toBe(0);
    expect(parseCacheFile(file.subarray(0, file.length - 1)).size).toBe(0);
    expect(parseCacheFile(Buffer.from("not a cache at all")).size).toBe(0);
    expect(parseCacheFile(Buffer.alloc(0)).size).toBe(0);
  });
});

describe("cacheFilePath", () => {
  it("is under the user's cache directory, one file per Node version; off on request", () => {
    expect(cacheFilePath({ XDG_CACHE_HOME: "/x" })).toBe(
      join("/x", "presscheck", `v8-code-${process.version}-${process.platform}-${process.arch}.bin`),
    );
    expect(cacheFilePath({ PRESSCHECK_CACHE_DIR: "/y", XDG_CACHE_HOME: "/x" })?.startsWith("/y/")).toBe(true);
    expect(cacheFilePath({ PRESSCHECK_COMPILE_CACHE: "0" })).toBeUndefined();
    expect(cacheFilePath({ NODE_DISABLE_COMPILE_CACHE: "1" })).toBeUndefined();
  });

  it("is under %LOCALAPPDATA%\\presscheck\\Cache on Windows, and XDG_CACHE_HOME's elsewhere", () => {
    const file = `v8-code-${process.version}-win32-${process.arch}.bin`;
    expect(cacheFilePath({ LOCALAPPDATA: "C:\\Users\\ann\\AppData\\Local" }, "win32")).toBe(
      `C:\\Users\\ann\\AppData\\Local\\presscheck\\Cache\\${file}`,
    );
    // Windows has no XDG convention: XDG_CACHE_HOME set there (by a Unix-like shell) is not the cache's place.
    expect(cacheDir({ LOCALAPPDATA: "D:\\Local", XDG_CACHE_HOME: "/x" }, "win32")).toBe(
      "D:\\Local\\presscheck\\Cache",
    );
    expect(cacheDir({}, "win32")).toMatch(/[\\/]AppData\\Local\\presscheck\\Cache$/);
    expect(cacheDir({ PRESSCHECK_CACHE_DIR: "E:\\cache" }, "win32")).toBe("E:\\cache");
    for (const platform of ["linux", "darwin"] as const) {
      expect(cacheDir({ XDG_CACHE_HOME: "/x", LOCALAPPDATA: "C:\\L" }, platform)).toBe(
        join("/x", "presscheck"),
      );
      expect(cacheDir({}, platform)).toBe(join(homedir(), ".cache", "presscheck"));
    }
  });
});

describe("requireWithCodeCache", () => {
  it("loads the files, writes their cache once, and leaves it alone when every file used it", () => {
    const p = pkg("first");
    const a = requireWithCodeCache<Main>(p.entry, p.root, p.cache);
    expect(a.exports.main("x")).toBe("first:x");
    a.save();
    const written = parseCacheFile(readFileSync(p.cache));
    expect([...written.keys()].sort()).toEqual([join("dist", "main.cjs"), join("dist", "part.cjs")]);
    const before = statSync(p.cache).mtimeMs;
    newProcess(p.root);
    const b = requireWithCodeCache<Main>(`${p.entry}`, p.root, p.cache);
    b.save();
    expect(statSync(p.cache).mtimeMs).toBe(before);
  });

  it("never runs a stale cache: a changed file of the same length gets its new code", () => {
    const p = pkg("first");
    requireWithCodeCache<Main>(p.entry, p.root, p.cache).save();
    writeFileSync(join(p.root, "dist", "part.cjs"), 'exports.answer = "other";\n');
    newProcess(p.root);
    const again = requireWithCodeCache<Main>(p.entry, p.root, p.cache);
    expect(again.exports.main("y")).toBe("other:y");
    again.save();
  });

  it("runs, and repairs the cache, when the cache file is damaged or cannot be written", () => {
    const p = pkg("first");
    requireWithCodeCache<Main>(p.entry, p.root, p.cache).save();
    const damaged = readFileSync(p.cache);
    for (let i = 200; i < damaged.length; i += 97) damaged[i] = (damaged[i] ?? 0) ^ 0x5a;
    writeFileSync(p.cache, damaged);
    newProcess(p.root);
    const c = requireWithCodeCache<Main>(p.entry, p.root, p.cache);
    expect(c.exports.main("z")).toBe("first:z");
    c.save();
    expect(parseCacheFile(readFileSync(p.cache)).size).toBe(2);
    // A cache path under a file (not a directory): nothing written, nothing thrown.
    const blocked = join(p.root, "dist", "part.cjs", "code.bin");
    newProcess(p.root);
    const d = requireWithCodeCache<Main>(p.entry, p.root, blocked);
    expect(() => d.save()).not.toThrow();
  });

  it("leaves a file that imports ES modules to Node: its import() works on every run", async () => {
    const p = pkg("first");
    writeFileSync(
      join(p.root, "dist", "part.cjs"),
      `${NO_CODE_CACHE}exports.answer = "esm";\nexports.os = () => import("node:os");\n`,
    );
    type WithImport = Main & { os?: () => Promise<{ homedir: unknown }> };
    for (let run = 0; run < 2; run++) {
      newProcess(p.root);
      const r = requireWithCodeCache<WithImport>(p.entry, p.root, p.cache);
      const part = createRequire(p.entry)("./part.cjs") as { os: () => Promise<{ homedir: unknown }> };
      expect(typeof (await part.os()).homedir).toBe("function");
      r.save();
    }
    expect([...parseCacheFile(readFileSync(p.cache)).keys()]).toEqual([join("dist", "main.cjs")]);
  });

  it("is a plain require without a cache file", () => {
    const p = pkg("plain");
    const e = requireWithCodeCache<Main>(p.entry, p.root, undefined);
    expect(e.exports.main("w")).toBe("plain:w");
    e.save();
  });
});
