/**
 * PostgreSQL corpus measurement in a fresh process (so each peak RSS is its own):
 * `node bench/pgCorpusWorker.mjs '<json spec>'`, spec { phase: "build" | "query", letters, queries, url }.
 *   build: generates `letters` letters (the same generator and seeds as the embedded bench) and adds
 *          them through PgCorpusIndex in chunks of 2,000 (generated as they go: the client holds one
 *          chunk), as `index add` of a large folder does: into an empty index that is a bulk load, whose
 *          search indexes are built when the index closes — included in the time. Reports the time
 *          (and the index build's share), letters/s, database and table sizes, client peak RSS.
 *   query: opens the index and finds the source letter of `queries` generated articles end to end
 *          (retrieval in SQL, candidates' texts, evidence, clues), as `check --corpus` does.
 * Prints one JSON line.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { letterText, measureQueries, ownCpuMs, rssBytes } from "./corpusQueries.mjs";

const spec = JSON.parse(process.argv[2] ?? "{}");
const root = new URL("../", import.meta.url);
const { PgCorpusIndex } = await import(new URL("dist/corpus/pgIndex.js", root).href);
const { findSources } = await import(new URL("dist/corpus/findSources.js", root).href);
const { letterMeta } = await import(new URL("dist/core/corpus/letterMeta.js", root).href);

const CHUNK = 2000;

async function sizes(url) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const size = await client.query("select pg_database_size(current_database()) as bytes");
    const tables = await client.query(
      `select relname, pg_total_relation_size(c.oid) as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'presscheck' and c.relkind = 'r' order by 2 desc`,
    );
    return {
      diskBytes: Number(size.rows[0].bytes),
      tableBytes: Object.fromEntries(tables.rows.map((r) => [r.relname, Number(r.bytes)])),
    };
  } finally {
    await client.end();
  }
}

async function build() {
  const index = await PgCorpusIndex.open(spec.url);
  let corpusChars = 0;
  const t = performance.now();
  let closeMs;
  try {
    for (let from = 0; from < spec.letters; from += CHUNK) {
      const docs = [];
      for (let i = from; i < Math.min(spec.letters, from + CHUNK); i++) {
        const text = letterText(i);
        corpusChars += text.length;
        docs.push({ source: `letter-${i}.txt`, text, format: "text", meta: letterMeta(text) });
      }
      await index.add(docs);
      process.stderr.write(`  postgres build: ${Math.min(spec.letters, from + CHUNK)}/${spec.letters}\r`);
    }
  } finally {
    const tClose = performance.now();
    await index.close();
    closeMs = performance.now() - tClose;
  }
  const buildMs = performance.now() - t;
  process.stderr.write("\n");
  return {
    letters: spec.letters,
    corpusChars,
    buildMs,
    searchIndexBuildMs: closeMs,
    lettersPerSecond: spec.letters / (buildMs / 1000),
    ...(await sizes(spec.url)),
    maxRSSBytes: rssBytes(),
  };
}

/**
 * CPU time of this process and of the server processes serving this database (read from /proc: the
 * bench runs beside its throwaway server), in ms; /proc counts in clock ticks (10 ms).
 */
async function clientAndServerCpu(url) {
  const { default: pg } = await import("pg");
  const probe = new pg.Client({ connectionString: url });
  await probe.connect();
  const tick = 1000 / Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim() || 100);
  const serverCpu = (pid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      return (Number(fields[11]) + Number(fields[12])) * tick;
    } catch {
      return 0;
    }
  };
  return {
    cpuMs: async () => {
      const r = await probe.query(
        "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
      );
      return ownCpuMs() + r.rows.reduce((n, row) => n + serverCpu(row.pid), 0);
    },
    end: () => probe.end(),
  };
}

async function query() {
  const index = await PgCorpusIndex.open(spec.url);
  const cpu = await clientAndServerCpu(spec.url);
  try {
    return { ...(await measureQueries(findSources, index, spec, cpu.cpuMs)), maxRSSBytes: rssBytes() };
  } finally {
    await cpu.end();
    await index.close();
  }
}

const result = spec.phase === "build" ? await build() : await query();
process.stdout.write(`${JSON.stringify(result)}\n`);
