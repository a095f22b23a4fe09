/**
 * The PostgreSQL part of the corpus bench: `node bench/pgCorpus.mjs [LETTERS...]` (default 10000;
 * `node bench/pgCorpus.mjs 100000` for the scale target), or imported by run.mjs (sizes from
 * $PRESSCHECK_BENCH_PG_SIZES, comma-separated, default 10000). Starts a throwaway cluster
 * (scripts/pg-cluster.sh), or uses $PRESSCHECK_BENCH_PG (a server where databases may be created),
 * and for each size, in a fresh database, each step in its own process so its peak memory is its own:
 *   1. build: that many generated letters added through PgCorpusIndex, as `index add` of a folder
 *      (time including the search indexes' build, letters/s, database and table sizes);
 *   2. query: finding the source letter of generated articles (p50/p95, right letter first, client
 *      peak RSS), one `check --corpus` run's peak RSS (/usr/bin/time), and batch throughput
 *      (`check --corpus` over a folder of articles, worker threads).
 * The load average is recorded beside each step: the machine may be shared, and latency with it.
 * Returns the figures (and, run alone, writes them to bench/pg-results.json); skips with one line
 * when PostgreSQL cannot be had.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { letterText } from "./corpusQueries.mjs";
import { chooseSeedSentences, generateArticle, placeName } from "./generateLetter.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const QUERIES = 60;
const load = () => Number(loadavg()[0].toFixed(2));

function worker(spec) {
  const before = load();
  const r = spawnSync(process.execPath, [join(root, "bench/pgCorpusWorker.mjs"), JSON.stringify(spec)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`pgCorpusWorker ${spec.phase} failed (exit ${r.status})`);
  return { ...JSON.parse(r.stdout.trim().split("\n").pop()), loadAverage: { before, after: load() } };
}

function psql(url, sql) {
  return execFileSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-Atqc", sql], { encoding: "utf8" }).trim();
}

const urlFor = (admin, db) => {
  const u = new URL(admin);
  u.pathname = `/${db}`;
  return u.toString();
};

const cli = (args, opts = {}) =>
  spawnSync(process.execPath, [join(root, "dist/cli.js"), ...args], {
    encoding: "utf8",
    env: { ...process.env, CI: "true" },
    maxBuffer: 1 << 26,
    ...opts,
  });

/** One `check --corpus` run's peak RSS (KB → bytes) and batch throughput over a folder of articles. */
function cliFigures(url, letters) {
  const dir = mkdtempSync(join(tmpdir(), "presscheck-bench-articles-"));
  try {
    const articles = join(dir, "articles");
    mkdirSync(articles);
    for (let k = 0; k < QUERIES; k++) {
      const i = (k * 7919) % letters;
      writeFileSync(
        join(articles, `article-${String(k).padStart(3, "0")}.txt`),
        generateArticle({ seedSentences: chooseSeedSentences(letterText(i)), seed: k, place: placeName(i) }),
      );
    }
    const one = spawnSync(
      "/usr/bin/time",
      ["-f", "%M", process.execPath, join(root, "dist/cli.js"), "check", "--corpus"].concat([
        join(articles, "article-000.txt"),
        "--index",
        url,
      ]),
      { encoding: "utf8", env: { ...process.env, CI: "true" } },
    );
    const cliMaxRSSBytes = Number(one.stderr.trim().split("\n").pop()) * 1024;
    const t = performance.now();
    const batch = cli(["check", "--corpus", articles, "--index", url]);
    const batchMs = performance.now() - t;
    const total = /total {2}(\d+) documents: (\d+) matched/.exec(batch.stdout ?? "");
    return {
      cliMaxRSSBytes,
      batch: {
        articles: QUERIES,
        ms: batchMs,
        articlesPerSecond: QUERIES / (batchMs / 1000),
        matched: Number(total?.[2] ?? 0),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts the throwaway cluster unless $PRESSCHECK_BENCH_PG names a server; undefined when neither can be had. */
function server(log) {
  if (process.env.PRESSCHECK_BENCH_PG) return { admin: process.env.PRESSCHECK_BENCH_PG };
  const r = spawnSync("bash", [join(root, "scripts/pg-cluster.sh"), "start"], { encoding: "utf8" });
  if (r.status !== 0) {
    log(`postgres corpus bench skipped: ${r.stderr.trim().split("\n").pop()}`);
    return { reason: r.stderr.trim() };
  }
  const env = Object.fromEntries(
    r.stdout
      .trim()
      .split("\n")
      .map((l) => l.split(/=(.*)/s).slice(0, 2)),
  );
  return { admin: env.PRESSCHECK_TEST_PG, clusterDir: env.PG_CLUSTER_DIR };
}

/** Build and query at one size, in a database of its own (dropped after). */
function measureSize(admin, letters, log) {
  const db = `presscheck_bench_${process.pid}_${letters}`;
  const url = urlFor(admin, db);
  psql(admin, `create database ${db}`);
  try {
    log(`  postgres: build ${letters.toLocaleString("en-GB")} letters…`);
    const build = worker({ phase: "build", letters, url });
    log(`  postgres: query at ${letters.toLocaleString("en-GB")}…`);
    const query = worker({ phase: "query", letters, queries: QUERIES, url });
    return { letters, build, query: { ...query, ...cliFigures(url, letters) } };
  } finally {
    try {
      psql(admin, `drop database if exists ${db} with (force)`);
    } catch {}
  }
}

export async function runPgCorpusBench(log = (l) => process.stderr.write(`${l}\n`), sizes = undefined) {
  sizes ??= (process.env.PRESSCHECK_BENCH_PG_SIZES ?? "10000").split(",").map(Number);
  const { admin, clusterDir, reason } = server(log);
  if (!admin) return { implemented: false, reason };
  try {
    const server = psql(admin, "show server_version");
    const results = sizes.map((n) => measureSize(admin, n, log));
    return { implemented: true, server, cores: cpus().length, sizes: results };
  } finally {
    if (clusterDir) spawnSync("bash", [join(root, "scripts/pg-cluster.sh"), "stop", clusterDir]);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = process.argv.slice(2).map((a) => Number(a.replace(/[_,]/g, "")));
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) {
    process.stderr.write("usage: node bench/pgCorpus.mjs [LETTERS...]   (each at least 100)\n");
    process.exit(2);
  }
  const r = await runPgCorpusBench(undefined, sizes.length > 0 ? sizes : undefined);
  writeFileSync(join(root, "bench/pg-results.json"), `${JSON.stringify(r, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
}

/** The targets at 100,000 letters (issue 15). */
export const PG_TARGETS = { letters: 100_000, queryP95Ms: 100, cliMemoryBytes: 200 * 1024 * 1024 };

/** The bench table's rows for the PostgreSQL figures: [measure, figure, baseline, target, verdict]. */
export function pgCorpusRows(pg, { formatMs, formatMB, verdict }) {
  if (!pg?.implemented) return [["corpus on PostgreSQL", `skipped: ${pg?.reason ?? "not run"}`, "", "", ""]];
  return pg.sizes.flatMap(({ letters, build: b, query: q }) => {
    const n = letters.toLocaleString("en-GB");
    const atTarget = letters >= PG_TARGETS.letters;
    return [
      [
        `corpus, PostgreSQL: add ${n} letters (through the client, search indexes built at the end)`,
        `${formatMs(b.buildMs)} (${b.lettersPerSecond.toFixed(0)} letters/s; index build ${formatMs(b.searchIndexBuildMs)}); database ${formatMB(b.diskBytes)}; client peak RSS ${formatMB(b.maxRSSBytes)}`,
        "",
        "",
        "",
      ],
      [
        `corpus, PostgreSQL: find an article's letter among ${n}`,
        `p50 ${formatMs(q.queryP50Ms)}, p95 ${formatMs(q.queryP95Ms)}; right letter first ${q.rankedFirst}/${q.queries}; client peak RSS ${formatMB(q.maxRSSBytes)}; one \`check --corpus\` run ${formatMB(q.cliMaxRSSBytes)}; load average ${q.loadAverage.before}→${q.loadAverage.after}`,
        "",
        atTarget ? `p95 ≤ ${PG_TARGETS.queryP95Ms} ms, CLI ≤ ${formatMB(PG_TARGETS.cliMemoryBytes)}` : "",
        atTarget
          ? verdict(q.queryP95Ms <= PG_TARGETS.queryP95Ms && q.cliMaxRSSBytes <= PG_TARGETS.cliMemoryBytes)
          : "",
      ],
      [
        `corpus, PostgreSQL: batch \`check --corpus\` of ${q.batch.articles} articles, ${n} letters`,
        `${formatMs(q.batch.ms)} (${q.batch.articlesPerSecond.toFixed(1)} articles/s, ${q.batch.matched} matched)`,
        "",
        "",
        "",
      ],
    ];
  });
}
