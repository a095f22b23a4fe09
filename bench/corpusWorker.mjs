/**
 * Corpus-mode measurement in a fresh process: `node bench/corpusWorker.mjs '<json spec>'`, spec
 * { phase: "build" | "query", letters, queries, dir }. Each phase runs in its own process, as
 * `index add` and `check --corpus` do, so each one's peak memory is its own.
 *   build: generates `letters` letters and adds them to the real on-disk index (FileCorpusIndex:
 *          minisearch + text packs, written atomically) in ONE `add`, the time of a bulk import.
 *   query: opens that index (load time reported) and finds the source letter of `queries` generated
 *          articles, each written from one letter's sentences, end to end as `check --corpus` does
 *          (retrieval, reading the candidates' texts, evidence and confidence).
 * Prints one JSON line.
 */
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { letterText, measureQueries, rssBytes } from "./corpusQueries.mjs";

const spec = JSON.parse(process.argv[2] ?? "{}");
const root = new URL("../", import.meta.url);
const { FileCorpusIndex } = await import(new URL("dist/corpus/fileIndex.js", root).href);
const { findSources } = await import(new URL("dist/corpus/findSources.js", root).href);
const { letterMeta } = await import(new URL("dist/core/corpus/letterMeta.js", root).href);

function du(dir) {
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    bytes += st.isDirectory() ? du(p) : st.size;
  }
  return bytes;
}

if (spec.phase === "build") {
  const docs = [];
  for (let i = 0; i < spec.letters; i++) {
    // With the metadata `index add` reads (as the PostgreSQL bench adds them): look-ups by body name then
    // bring a council's other letters to be scored, as they do for real.
    const text = letterText(i);
    docs.push({ source: `letter-${i}.txt`, text, format: "text", meta: letterMeta(text) });
  }
  const corpusChars = docs.reduce((n, d) => n + d.text.length, 0);
  rmSync(spec.dir, { recursive: true, force: true });
  const t = performance.now();
  await new FileCorpusIndex(spec.dir).add(docs);
  const buildMs = performance.now() - t;
  const searchFileBytes = readdirSync(spec.dir)
    .filter((f) => f.startsWith("search-"))
    .reduce((n, f) => n + statSync(join(spec.dir, f)).size, 0);
  process.stdout.write(
    `${JSON.stringify({ letters: spec.letters, corpusChars, buildMs, diskBytes: du(spec.dir), searchFileBytes, maxRSSBytes: rssBytes() })}\n`,
  );
} else {
  // Opening the index (manifest + search file) is what every `check --corpus` run pays once.
  const tLoad = performance.now();
  const index = new FileCorpusIndex(spec.dir);
  await index.list();
  const loadMs = performance.now() - tLoad;
  const measured = await measureQueries(findSources, index, spec);
  process.stdout.write(`${JSON.stringify({ loadMs, ...measured, maxRSSBytes: rssBytes() })}\n`);
}
