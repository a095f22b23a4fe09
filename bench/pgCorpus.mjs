/**
 * The PostgreSQL part of the corpus bench (imported by run.mjs; also runnable alone:
 * `node bench/pgCorpus.mjs`). Starts a throwaway cluster (scripts/pg-cluster.sh), or uses
 * $PRESSCHECK_BENCH_PG (a server where databases may be created), and measures, each step in its own
 * process so its peak memory is its own:
 *   1. build: 10,000 generated letters added through PgCorpusIndex (time, letters/s, database size);
 *   2. query at 10,000: finding the source letter of generated articles (p50/p95, right letter first,
 *      client peak RSS), one `check --corpus` run's peak RSS (/usr/bin/time), and batch throughput
 *      (`check --corpus` over a folder of articles, worker threads);
 *   3. 100,000: the 10,000 letters replicated ten times inside the server (each copy its own id,
 *      source and one distinct term; texts, passages and frequencies copied), then the same queries.
 *      Adding 100,000 generated letters through the client would take ~30 min on this shared 2-core
 *      machine; the replicated index has the sizes (rows, index entries, posting lists ten times as
 *      long) that query cost depends on.
 * Returns the figures; skips with one line when PostgreSQL cannot be had.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chooseSeedSentences, generateArticle, generateLetter, placeName } from "./generateLetter.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const LETTERS = 10_000;
const QUERIES = 60;
const REPLICAS = 10;

function worker(spec) {
  const r = spawnSync(process.execPath, [join(root, "bench/pgCorpusWorker.mjs"), JSON.stringify(spec)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`pgCorpusWorker ${spec.phase} failed (exit ${r.status})`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

function psql(url, sql) {
  return execFileSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-Atqc", sql], { encoding: "utf8" }).trim();
}

const urlFor = (admin, db) => {
  const u = new URL(admin);
  u.pathname = `/${db}`;
  return u.toString();
};

/** One `check --corpus` run's peak RSS (KB → bytes) and batch throughput over a folder of articles. */
function cliFigures(url, letters) {
  const dir = mkdtempSync(join(tmpdir(), "presscheck-bench-articles-"));
  try {
    const articles = join(dir, "articles");
    mkdirSync(articles);
    for (let k = 0; k < QUERIES; k++) {
      const i = (k * 7919) % letters;
      const letter = generateLetter({
        sentences: 60 + (i % 60),
        seedSentences: [],
        seed: 1000 + i,
        place: placeName(i),
      });
      writeFileSync(
        join(articles, `article-${String(k).padStart(3, "0")}.txt`),
        generateArticle({ seedSentences: chooseSeedSentences(letter), seed: k, place: placeName(i) }),
      );
    }
    const one = spawnSync(
      "/usr/bin/time",
      [
        "-f",
        "%M",
        process.execPath,
        join(root, "dist/cli.js"),
        "check",
        "--corpus",
        join(articles, "article-000.txt"),
        "--index",
        url,
      ],
      { encoding: "utf8", env: { ...process.env, CI: "true" } },
    );
    const cliMaxRSSBytes = Number(one.stderr.trim().split("\n").pop()) * 1024;
    const t = performance.now();
    const batch = spawnSync(
      process.execPath,
      [join(root, "dist/cli.js"), "check", "--corpus", articles, "--index", url],
      {
        encoding: "utf8",
        env: { ...process.env, CI: "true" },
        maxBuffer: 1 << 26,
      },
    );
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

/** Replicates every letter REPLICAS − 1 times inside the server (see the header). */
function replicate(url) {
  const t = performance.now();
  psql(
    url,
    `begin;
     create temporary table copies as
       select l.id as old_id, substr(md5(l.id || ':' || k), 1, 16) as id, k, l.source || '#copy-' || k as source
       from presscheck.letters l, generate_series(1, ${REPLICAS - 1}) as k;
     insert into presscheck.letters (id, source, format, chars, added_at, meta, body_name, body, terms, seq)
       select c.id, c.source, l.format, l.chars, l.added_at, l.meta, l.body_name, l.body,
              l.terms || array_to_tsvector(array['copy' || c.k]), nextval('presscheck.letters_seq')
       from copies c join presscheck.letters l on l.id = c.old_id;
     insert into presscheck.passages (letter_id, n, start_at, end_at, body)
       select c.id, p.n, p.start_at, p.end_at, p.body from copies c join presscheck.passages p on p.letter_id = c.old_id;
     update presscheck.terms set df = df * ${REPLICAS};
     insert into presscheck.terms (term, df) select 'copy' || k, ${LETTERS} from generate_series(1, ${REPLICAS - 1}) as k;
     update presscheck.stats set letters = letters * ${REPLICAS};
     commit;`,
  );
  psql(url, "vacuum analyze"); // not inside the transaction: psql -c runs its statements as one
  return performance.now() - t;
}

export async function runPgCorpusBench(log = (l) => process.stderr.write(`${l}\n`)) {
  let admin = process.env.PRESSCHECK_BENCH_PG;
  let clusterDir;
  if (!admin) {
    const r = spawnSync("bash", [join(root, "scripts/pg-cluster.sh"), "start"], { encoding: "utf8" });
    if (r.status !== 0) {
      log(`postgres corpus bench skipped: ${r.stderr.trim().split("\n").pop()}`);
      return { implemented: false, reason: r.stderr.trim() };
    }
    const env = Object.fromEntries(
      r.stdout
        .trim()
        .split("\n")
        .map((l) => l.split(/=(.*)/s).slice(0, 2)),
    );
    admin = env.PRESSCHECK_TEST_PG;
    clusterDir = env.PG_CLUSTER_DIR;
  }
  const db = `presscheck_bench_${process.pid}`;
  const url = urlFor(admin, db);
  try {
    psql(admin, `create database ${db}`);
    log(`  postgres: build ${LETTERS.toLocaleString("en-GB")} letters…`);
    const build = worker({ phase: "build", letters: LETTERS, url });
    log("  postgres: query at 10,000…");
    const query10k = worker({ phase: "query", letters: LETTERS, queries: QUERIES, url });
    const cli10k = cliFigures(url, LETTERS);
    if (process.env.PRESSCHECK_BENCH_PG_100K === "0") {
      log("  postgres: 100,000 skipped (PRESSCHECK_BENCH_PG_100K=0)");
      return {
        implemented: true,
        server: psql(url, "show server_version"),
        build,
        query10k: { ...query10k, ...cli10k },
      };
    }
    log(`  postgres: replicate to ${(LETTERS * REPLICAS).toLocaleString("en-GB")} letters…`);
    const replicateMs = replicate(url);
    const diskBytes100k = Number(psql(url, "select pg_database_size(current_database())"));
    log("  postgres: query at 100,000…");
    const query100k = worker({ phase: "query", letters: LETTERS, queries: QUERIES, url });
    const cli100k = cliFigures(url, LETTERS);
    return {
      implemented: true,
      server: psql(url, "show server_version"),
      build,
      query10k: { ...query10k, ...cli10k },
      at100k: {
        letters: LETTERS * REPLICAS,
        replicateMs,
        diskBytes: diskBytes100k,
        ...query100k,
        ...cli100k,
      },
    };
  } finally {
    try {
      psql(admin, `drop database if exists ${db} with (force)`);
    } catch {}
    if (clusterDir) spawnSync("bash", [join(root, "scripts/pg-cluster.sh"), "stop", clusterDir]);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await runPgCorpusBench();
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
}

/** The targets at 100,000 letters (issue 15). */
export const PG_TARGETS = { queryP95Ms: 100, cliMemoryBytes: 200 * 1024 * 1024 };

/** The bench table's rows for the PostgreSQL figures: [measure, figure, baseline, target, verdict]. */
export function pgCorpusRows(pg, { formatMs, formatMB, verdict }) {
  if (!pg?.implemented) return [["corpus on PostgreSQL", `skipped: ${pg?.reason ?? "not run"}`, "", "", ""]];
  const b = pg.build;
  const q10 = pg.query10k;
  const q100 = pg.at100k;
  const at100k = q100
    ? [
        [
          "corpus, PostgreSQL: find an article's letter among 100,000 (replicated)",
          `p50 ${formatMs(q100.queryP50Ms)}, p95 ${formatMs(q100.queryP95Ms)}; database ${formatMB(q100.diskBytes)}; one \`check --corpus\` run ${formatMB(q100.cliMaxRSSBytes)}; batch ${q100.batch.articlesPerSecond.toFixed(1)} articles/s`,
          "",
          `p95 ≤ ${PG_TARGETS.queryP95Ms} ms, CLI ≤ ${formatMB(PG_TARGETS.cliMemoryBytes)}`,
          verdict(
            q100.queryP95Ms <= PG_TARGETS.queryP95Ms && q100.cliMaxRSSBytes <= PG_TARGETS.cliMemoryBytes,
          ),
        ],
      ]
    : [["corpus, PostgreSQL: 100,000 letters", "not run (PRESSCHECK_BENCH_PG_100K=0)", "", "", ""]];
  return [
    [
      "corpus, PostgreSQL: add 10,000 letters (through the client)",
      `${formatMs(b.buildMs)} (${b.lettersPerSecond.toFixed(0)} letters/s); database ${formatMB(b.diskBytes)}; client peak RSS ${formatMB(b.maxRSSBytes)}`,
      "",
      "",
      "",
    ],
    [
      "corpus, PostgreSQL: find an article's letter among 10,000",
      `p50 ${formatMs(q10.queryP50Ms)}, p95 ${formatMs(q10.queryP95Ms)}; right letter first ${q10.rankedFirst}/${q10.queries}; client peak RSS ${formatMB(q10.maxRSSBytes)}; one \`check --corpus\` run ${formatMB(q10.cliMaxRSSBytes)}`,
      "",
      "",
      "",
    ],
    [
      `corpus, PostgreSQL: batch \`check --corpus\` of ${q10.batch.articles} articles, 10,000 letters`,
      `${formatMs(q10.batch.ms)} (${q10.batch.articlesPerSecond.toFixed(1)} articles/s, ${q10.batch.matched} matched)`,
      "",
      "",
      "",
    ],
    ...at100k,
  ];
}
