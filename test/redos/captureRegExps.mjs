/**
 * Runs the built code (dist/) with every `new RegExp(…)` recorded, and prints the patterns built at
 * run time with the source line that built them (mapped back to src/ through the source maps: run
 * with --enable-source-maps). The pipeline is run over the seeds and the invented and held-out
 * fixtures, and every renderer over the result, so that each construction site in src/ runs.
 * Output: one JSON array of { source, flags, site } on stdout.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const captured = new Map();
const Original = globalThis.RegExp;
const site = () => {
  const frames = (new Error().stack ?? "").split("\n").slice(2);
  const own = frames.find((f) => f.includes("/src/"));
  const m = own?.match(/(src\/[^\s:)]+):(\d+)/);
  return m ? `${m[1]}:${m[2]}` : "unknown";
};
const record = (args) => {
  const re = new Original(...args);
  const key = `${re.source}\u0000${re.flags}`;
  const where = site();
  const entry = captured.get(key) ?? { source: re.source, flags: re.flags, sites: [] };
  if (!entry.sites.includes(where)) entry.sites.push(where);
  captured.set(key, entry);
  return re;
};
globalThis.RegExp = new Proxy(Original, {
  construct: (_target, args) => record(args),
  apply: (_target, _this, args) => record(args),
});

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith(".js") ? [path] : [];
  });
}
// Every module but the CLI entry, its bundled chunks (the same modules again, compiled one-to-one
// beside them) and the terminal UI (which needs a terminal); their patterns are literals, checked statically.
for (const f of files(join(root, "dist")).sort()) {
  if (/dist\/(?:cli\.js|ui\/|cli\/(?:review|prestartWorker|compareWorker|chunk-))/.test(f)) continue;
  await import(pathToFileURL(f).href);
}
const dist = (p) => pathToFileURL(join(root, "dist", p)).href;
const { compare } = await import(dist("core/compare.js"));
const { ingestBytes } = await import(dist("core/ingest/ingest.js"));
const renderers = await Promise.all(
  ["report/json.js", "report/markdown.js", "report/html.js", "report/csv.js", "report/check.js"].map(
    (p) => import(dist(p)),
  ),
);
const pairs = [];
const seeds = join(root, "seeds");
const seedFiles = readdirSync(seeds)
  .filter((f) => f.endsWith(".txt"))
  .sort();
pairs.push(seedFiles.map((f) => join(seeds, f)));
for (const set of ["invented", "heldout"]) {
  const dir = join(root, "test/fixtures", set);
  for (const pair of readdirSync(dir).sort()) {
    const d = join(dir, pair);
    const press = readdirSync(d)
      .filter((f) => f.startsWith("press-"))
      .sort();
    pairs.push([join(d, "letter.txt"), ...press.map((f) => join(d, f))]);
  }
}
for (const [letterPath, ...pressPaths] of pairs) {
  const read = async (p) => (await ingestBytes(p, readFileSync(p))).doc;
  const comparison = compare(await read(letterPath), await Promise.all(pressPaths.map(read)));
  for (const r of renderers)
    for (const [name, fn] of Object.entries(r))
      if (typeof fn === "function" && /^(?:render|to|format)/.test(name)) {
        try {
          fn(comparison);
        } catch {
          // a renderer with other arguments: its patterns are exercised elsewhere or are literals
        }
      }
}
// A page through the HTML extraction, a PDF-like name, a document with control characters.
await ingestBytes(
  "page.html",
  new TextEncoder().encode(
    "<html><head><meta charset=utf-8><title>t</title></head><body><article><p>Inspectors said the school is good.</p></article></body></html>",
  ),
);
process.stdout.write(JSON.stringify([...captured.values()]));
