/**
 * `npm run build`: the library modules compiled one-to-one by tsc (dist/core, dist/report, … — what the
 * scripts, the bench and the tests import), then the command line bundled over them by rolldown:
 * dist/cli.js and its worker entries (dist/cli/*Worker.js) replaced by bundles that share chunks
 * (dist/cli/chunk-*.js), with the commands, the review UI, the corpus and the report renderers each in a
 * chunk loaded only when used. A cold `check` then reads a few files instead of ~250 modules, and zod,
 * commander and diff come tree-shaken (docs/design.md, "Start-up"). Packages that are large or only one
 * command uses (ink, react, pg, unpdf, linkedom, readability) stay outside the bundle, imported from
 * node_modules when that command runs; string-similarity is CommonJS loaded with
 * createRequire, outside too.
 *
 * Then the same command line once more as CommonJS (dist/cli/main.cjs, chunk-*.cjs): dist/cli.js runs every
 * command but the review from it, through V8's code cache, which Node 20 has for CommonJS only
 * (src/cli/compileCache.ts). The review's UI stays ES modules.
 *
 * Chunks go beside the worker entries in dist/cli/ because the code that starts a worker or finds the
 * bundled seeds resolves paths from its own file (`new URL("./compareWorker.js", import.meta.url)`):
 * the build fails if such code lands in dist/cli.js, one directory up.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "rolldown";

const root = fileURLToPath(new URL("../", import.meta.url));
const dist = join(root, "dist");

rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
  cwd: root,
  stdio: "inherit",
});

/**
 * The stems of the engine's own vocabulary (src/core/text/stemsAtLoad.ts, empty in the sources): the
 * engine tsc has just compiled is loaded here once, and the words its modules stemmed as they loaded are
 * read back (stemsSoFar) and written into that module's place in both bundles. Every pair is what
 * natural's stemmer gave for the word in this build, so a start that finds them has the stems it would
 * have worked out (≈ 5 ms of a cold `check`, docs/design.md "Start-up").
 */
const { stemsSoFar } = await import(pathToFileURL(join(dist, "core/text/stem.js")).href);
await import(pathToFileURL(join(dist, "core/compare.js")).href);
const STEMS_AT_LOAD = {
  name: "stems-at-load",
  load(id) {
    if (!/[\\/]src[\\/]core[\\/]text[\\/]stemsAtLoad\.ts$/.test(id)) return null;
    return `export const STEMS_AT_LOAD = ${JSON.stringify(stemsSoFar().flat())};\n`;
  },
};

/**
 * What every start reads, decodes and hands to V8 (and hashes, for the code cache): the bundles without
 * comments (the sources' doc comments were more than half of their bytes; the source maps still lead
 * back to them) and in ASCII, other characters written as escapes in strings and patterns (the same
 * values), so that Node decodes a file to a one-byte string instead of a two-byte one. Measured: see
 * docs/bench.md, cold `check`.
 */
const LEAN_OUTPUT = { comments: false, charset: "ascii" };

/** Outside the bundle: loaded from node_modules by the one command that needs them (see above). */
const EXTERNAL = [
  /^node:/,
  /^(?:ink|react|pg|unpdf|linkedom|natural|string-similarity)(?:\/|$)/,
  /^@mozilla\/readability(?:\/|$)/,
];

/**
 * commander loads node:child_process when it loads, for subcommands run as separate executables, which
 * presscheck has none of: ~4 ms of every start. Its one use (`spawn`) loads it when called instead.
 */
const LAZY_CHILD_PROCESS = {
  name: "commander-lazy-child-process",
  transform(code, id) {
    if (!/node_modules[\\/]commander[\\/]lib[\\/]command\.js$/.test(id)) return null;
    const eager = "const childProcess = require('node:child_process');";
    if (!code.includes(eager)) {
      console.warn("build: commander no longer loads node:child_process as expected; left as it is");
      return null;
    }
    return code.replace(
      eager,
      "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };",
    );
  },
};

const result = await build({
  cwd: root,
  input: {
    cli: "src/cli.ts",
    "cli/compareWorker": "src/cli/compareWorker.ts",
    "cli/corpusCheckWorker": "src/cli/corpusCheckWorker.ts",
    "cli/letterReadWorker": "src/cli/letterReadWorker.ts",
  },
  platform: "node",
  external: EXTERNAL,
  plugins: [LAZY_CHILD_PROCESS, STEMS_AT_LOAD],
  tsconfig: "tsconfig.build.json",
  logLevel: "warn",
  output: {
    dir: dist,
    format: "esm",
    sourcemap: true,
    entryFileNames: "[name].js",
    chunkFileNames: "cli/chunk-[name]-[hash].js",
    ...LEAN_OUTPUT,
  },
});

// The same command line again as CommonJS (dist/cli/main.cjs and chunk-*.cjs), which dist/cli.js loads
// for every command but the review, through V8's code cache (src/cli/compileCache.ts, itself built here as
// dist/cli/compileCache.cjs: Node 20 caches compiled code of CommonJS only). The review's UI stays ES modules (ink, react): left out here, the one
// `import()` of it still reaches the tsc-compiled dist/ui/ should a review ever run from this build.
const UI = /(?:^|\/)ui\/runReview\.js$/;
/**
 * A chunk that calls `import()` of a package or the UI starts with this mark (NO_CODE_CACHE in
 * src/cli/compileCache.ts, the same text): Node 20 cannot give it dynamic import through the code cache,
 * so the loader leaves it to Node. Put on line 1 before the code, so the source map shifts by a few columns
 * of that line only.
 */
const NO_CODE_CACHE = "/*presscheck:no-code-cache*/";
const ES_MODULE_IMPORT =
  /\bimport\("(?:node:|\.\.\/ui\/|ink|react|pg|unpdf|linkedom|natural|string-similarity|@mozilla\/)[^"]*"\)/;
const markEsModuleImports = (code) => (ES_MODULE_IMPORT.test(code) ? `${NO_CODE_CACHE}${code}` : null);
const cjs = await build({
  cwd: root,
  // The loader that compiles the rest through the code cache: required by dist/cli.js as CommonJS too, so
  // that it loads Node's modules without an ES module's facades (src/cli.ts says why).
  input: { "cli/main": "src/cli/main.ts", "cli/compileCache": "src/cli/compileCache.ts" },
  platform: "node",
  external: EXTERNAL,
  // Kept as written ("../ui/runReview.js" from dist/cli/ is dist/ui/runReview.js), not made relative again.
  plugins: [
    LAZY_CHILD_PROCESS,
    STEMS_AT_LOAD,
    { name: "ui-outside", resolveId: (id) => (UI.test(id) ? { id, external: "absolute" } : null) },
    { name: "mark-es-module-imports", renderChunk: markEsModuleImports },
  ],
  tsconfig: "tsconfig.build.json",
  logLevel: "warn",
  output: {
    dir: dist,
    format: "cjs",
    sourcemap: true,
    entryFileNames: "[name].cjs",
    chunkFileNames: "cli/chunk-[name]-[hash].cjs",
    ...LEAN_OUTPUT,
  },
});

const entry = readFileSync(join(dist, "cli.js"), "utf8");
// dist/cli.js may resolve the bundle beside it ("./cli/…"); anything else it resolves from its own file
// (a worker, the seeds) would point one directory too high.
if (
  entry
    .replace(/new URL\("(?:\.\/cli\/[\w.-]+|\.\.\/)", import\.meta\.url\)/g, "")
    .includes("import.meta.url")
) {
  console.error(
    "build: dist/cli.js resolves a path from its own location (import.meta.url); that code must stay in a chunk in dist/cli/",
  );
  process.exit(1);
}
const chunks = [...result.output, ...cjs.output].filter((o) => o.type === "chunk").length;
console.log(
  `build: dist/ by tsc; dist/cli.js and its workers bundled, as ES modules and as CommonJS (${chunks} files)`,
);
