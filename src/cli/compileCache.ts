/**
 * V8's code cache for the command line (Node 20 has no `module.enableCompileCache()`; Node ≥ 22 would make
 * this one line). A cold `check` spends a tenth of its time parsing and compiling the bundle's JavaScript;
 * with the cache, V8 reads the bytecode a previous run compiled instead (docs/design.md, "Start-up").
 *
 * How: the command line's CommonJS bundle (dist/cli/main.cjs and its chunks, scripts/build.mjs) is loaded
 * through `require`, and while it runs every CommonJS file of this package (the bundle and the CommonJS
 * packages it loads) is compiled here with `new vm.Script(…, { cachedData })` instead of by Node. After
 * the command, the files that had no usable cache get one: `script.createCachedData()` taken after the
 * work, so the functions the run compiled lazily are in it too. All of it lives in one file per Node
 * version under the user's cache directory, replaced atomically.
 *
 * Never a failure: a missing, unreadable, stale or corrupt cache is ignored and rewritten; one that cannot
 * be written is not. V8 checks its version, its flags and the source length, but not the bytes: a cache
 * of other code of the same length would be used, and a damaged one crashes the process (measured). So
 * each entry carries the SHA-256 of the source it was made from and of its own bytes, checked before V8
 * sees them. `PRESSCHECK_COMPILE_CACHE=0` (or Node's `NODE_DISABLE_COMPILE_CACHE=1`) turns it off;
 * `PRESSCHECK_CACHE_DIR` moves it (default: see cacheDir — %LOCALAPPDATA%\presscheck\Cache on Windows,
 * else $XDG_CACHE_HOME/presscheck or ~/.cache/presscheck).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join, relative, sep, win32 } from "node:path";
import vm from "node:vm";

/** The parts of Node's CommonJS `Module` used here: public at run time, absent from @types/node. */
interface CjsModule {
  exports: unknown;
  require(id: string): unknown;
}
interface CjsModuleClass {
  wrap(source: string): string;
  _resolveFilename(request: string, parent: CjsModule, isMain: boolean, options?: unknown): string;
  _extensions: unknown;
  _cache: unknown;
  prototype: { _compile(this: CjsModule, content: string, filename: string, ...rest: unknown[]): unknown };
}
const CjsModule = Module as unknown as CjsModuleClass;

/** One file's cache: what it was made from, and V8's bytes. */
/**
 * What scripts/build.mjs puts first in a chunk that calls `import()` (an ES module: unpdf, linkedom, pg,
 * the review's UI). Node 20 gives a script compiled here dynamic `import()` only through an experimental
 * option that prints a warning and fails once the script comes from the cache (measured), so such a
 * chunk is left to Node, uncached. None of them is on the way of `check` on text files.
 */
export const NO_CODE_CACHE = "/*presscheck:no-code-cache*/";

export interface CacheEntry {
  sourceHash: string;
  data: Buffer;
}

const MAGIC = "presscheck-v8-code-cache-1\n";
const sha256 = (bytes: string | Buffer) => createHash("sha256").update(bytes).digest("hex");

/**
 * The cache file's entries by file name (relative to the package root). Anything that is not a whole,
 * intact cache file gives no entries: a wrong magic line, a header that does not parse, an entry whose
 * bytes are missing or do not match their hash.
 */
export function parseCacheFile(file: Buffer): Map<string, CacheEntry> {
  const entries = new Map<string, CacheEntry>();
  try {
    if (file.subarray(0, MAGIC.length).toString("latin1") !== MAGIC) return entries;
    const headerLength = file.readUInt32LE(MAGIC.length);
    let offset = MAGIC.length + 4 + headerLength;
    const header = JSON.parse(file.subarray(MAGIC.length + 4, offset).toString("utf8")) as Array<{
      name: string;
      sourceHash: string;
      dataHash: string;
      length: number;
    }>;
    for (const h of header) {
      const data = file.subarray(offset, offset + h.length);
      offset += h.length;
      if (data.length !== h.length || sha256(data) !== h.dataHash) return new Map();
      entries.set(h.name, { sourceHash: h.sourceHash, data });
    }
  } catch {
    return new Map();
  }
  return entries;
}

/** The bytes of a cache file holding `entries` (see parseCacheFile). */
export function formatCacheFile(entries: ReadonlyMap<string, CacheEntry>): Buffer {
  const header = [...entries].map(([name, e]) => ({
    name,
    sourceHash: e.sourceHash,
    dataHash: sha256(e.data),
    length: e.data.length,
  }));
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return Buffer.concat([
    Buffer.from(MAGIC, "latin1"),
    length,
    json,
    ...[...entries.values()].map((e) => e.data),
  ]);
}

/**
 * The user's cache directory for presscheck: `PRESSCHECK_CACHE_DIR` when set; on Windows
 * %LOCALAPPDATA%\presscheck\Cache (local, not roaming: machine-specific, and rebuilt at will); elsewhere
 * $XDG_CACHE_HOME/presscheck, else ~/.cache/presscheck (the XDG base directory convention).
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.PRESSCHECK_CACHE_DIR) return env.PRESSCHECK_CACHE_DIR;
  if (platform === "win32") {
    return win32.join(env.LOCALAPPDATA || win32.join(homedir(), "AppData", "Local"), "presscheck", "Cache");
  }
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "presscheck");
}

/** Where the cache lives, or undefined when it is turned off. One file per Node version and platform. */
export function cacheFilePath(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string | undefined {
  if (env.PRESSCHECK_COMPILE_CACHE === "0" || (env.NODE_DISABLE_COMPILE_CACHE ?? "") !== "") return undefined;
  const name = `v8-code-${process.version}-${platform}-${process.arch}.bin`;
  return platform === "win32"
    ? win32.join(cacheDir(env, platform), name)
    : join(cacheDir(env, platform), name);
}

/** What a run compiled: each file's script, whether V8 took its cache, and the source's hash. */
interface Compiled {
  script: vm.Script;
  sourceHash: string;
  cached: boolean;
}

export interface CachedLoad<T> {
  /** The module's exports. */
  exports: T;
  /**
   * Stops compiling through the cache and writes the caches this run lacked (call once, after the
   * command: see the module comment). Never throws.
   */
  save(): void;
}

/**
 * Requires `entry` (a CommonJS file under `root`, the package root) with every CommonJS file under `root`
 * that it loads compiled through the code cache at `cacheFile`. Without a cache file, a plain `require`.
 */
export function requireWithCodeCache<T>(entry: string, root: string, cacheFile?: string): CachedLoad<T> {
  const load = createRequire(entry);
  if (cacheFile === undefined) return { exports: load(entry) as T, save: () => {} };
  let entries: Map<string, CacheEntry>;
  try {
    entries = parseCacheFile(readFileSync(cacheFile));
  } catch {
    entries = new Map();
  }
  const compiled = new Map<string, Compiled>();
  const within = `${root}${root.endsWith(sep) ? "" : sep}`;
  const original = CjsModule.prototype._compile;
  // Node passes more than the content and file name (the format, in Node 20.20): handed on as they come.
  CjsModule.prototype._compile = function (this: CjsModule, content: string, filename: string, ...rest) {
    // A file outside the package, one that imports ES modules (see NO_CODE_CACHE), or one starting with a
    // #! line (not valid inside the wrapper): compiled by Node, as without the cache.
    if (!filename.startsWith(within) || content.startsWith(NO_CODE_CACHE) || content.startsWith("#!"))
      return original.call(this, content, filename, ...rest);
    const name = relative(root, filename);
    const sourceHash = sha256(content);
    const entry = entries.get(name);
    const cachedData = entry?.sourceHash === sourceHash ? entry.data : undefined;
    const script = new vm.Script(CjsModule.wrap(content), { filename, cachedData });
    compiled.set(name, {
      script,
      sourceHash,
      cached: cachedData !== undefined && !script.cachedDataRejected,
    });
    const run = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return run.call(this.exports, this.exports, requireFor(this), this, filename, dirname(filename));
  };
  const exports = load(entry) as T;
  return {
    exports,
    save: () => {
      CjsModule.prototype._compile = original;
      saveCaches(cacheFile, root, entries, compiled);
    },
  };
}

/** The `require` a CommonJS file gets (as Node makes it: resolve, cache, extensions). */
function requireFor(mod: CjsModule) {
  const require = (id: string) => mod.require(id);
  require.resolve = (request: string, options?: unknown) =>
    CjsModule._resolveFilename(request, mod, false, options);
  require.cache = CjsModule._cache;
  require.extensions = CjsModule._extensions;
  return require;
}

/**
 * Adds a cache for each file this run compiled without one, keeps the other entries whose file is still
 * there (a rebuilt bundle's chunks have new names: the old ones go), and replaces the cache file.
 */
function saveCaches(
  cacheFile: string,
  root: string,
  entries: Map<string, CacheEntry>,
  compiled: Map<string, Compiled>,
): void {
  if ([...compiled.values()].every((c) => c.cached)) return;
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    const next = new Map<string, CacheEntry>();
    for (const [name, e] of entries) {
      if (!compiled.has(name) && existsSync(join(root, name))) next.set(name, e);
    }
    for (const [name, c] of compiled) {
      const kept = entries.get(name);
      next.set(
        name,
        c.cached && kept ? kept : { sourceHash: c.sourceHash, data: c.script.createCachedData() },
      );
    }
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(tmp, formatCacheFile(next));
    renameSync(tmp, cacheFile);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing to clean up, or no way to: the next run writes its own
    }
  }
}
