/**
 * presscheck benchmark (`npm run bench`): how fast and how big, measured on this machine, against a
 * naive all-pairs baseline and against the targets of issue 7. Not a test: it prints numbers, writes
 * bench/results.json, and exits 0 whether targets pass or not (a MISS is information, not a failure).
 *
 *   1. one pair, warm: compare(letter, [press]) in process on the seeds, median of repeated calls —
 *      the cost a long-running consumer (the review UI, a script over many articles) pays per article.
 *   2. scaling: generated letters of 100, 1,000 and 10,000 sentences against one generated
 *      60-sentence article, each size in its own process: time, peak memory, growth per 10×.
 *   3. cold start: `node dist/cli.js check LETTER PRESS` from spawn to exit — what a user waits for
 *      once (module loading and JIT included).
 *   4. corpus mode: build the on-disk index of 10,000 generated letters (one process: time, size on
 *      disk, peak memory), then find the source letter of generated articles (another process, as a
 *      `check --corpus` run: index load time, query latency p50/p95, how often the right letter came
 *      first, peak memory).
 *   5. adversarial (issue 13, bench/adversarial.mjs): every hostile input of the tables and
 *      generated worst cases, each at two sizes in its own process with a time limit, with the growth
 *      exponent; targets: ≤ 2 s up to 1 MB of press text and linear growth, a realistic 8 KB quotation
 *      ≤ 50 ms. `--adversarial-only` runs this section alone.
 *
 * It benchmarks the BUILT code (dist/), as users run it: `npm run build` first (done here when
 * dist/ is missing; pass --build to rebuild anyway). Whole run: about a minute on 2 cores.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ADVERSARIAL_TARGETS, adversarialTable, runAdversarial } from "./adversarial.mjs";
import { naiveAlign } from "./baseline.mjs";
import { firstFrameTimes } from "./firstFrame.mjs";
import { formatMB, formatMs, MB, median, timeWarm, verdict } from "./stats.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const path = (p) => `${root}${p}`;
const LETTER = "seeds/001_3ecc2d4aaa3c5f93.txt";
const PRESS = ["seeds/000_48be5846dd2c0fe9.txt", "seeds/002_2ce07d26d9d99a6e.txt"];

/** The targets of issue 7. */
const TARGETS = {
  pairMs: 20,
  coldMs: 500,
  tenThousandMs: 1000,
  memoryBytes: 1024 * MB,
  corpusQueryP95Ms: 100,
  corpusBuildMs: 60_000,
};
const SIZES = [100, 1000, 10_000];
/**
 * The baseline is skipped at a size whose measurement (a warm-up call and three timed ones) is
 * predicted to take longer than this; its time is then extrapolated and the table says so.
 */
const BASELINE_SKIP_MS = 60_000;
const BIG_CALLS = 4;
const COLD_RUNS = 7;

const log = (line = "") => process.stderr.write(`${line}\n`);
// Other work on the machine slows every figure: the load averages at start and end are recorded with them.
const loadAtStart = os.loadavg();
// As an object, not an array: biome formats short arrays on one line, which JSON.stringify does not.
const loadAverage = ([m1, m5, m15]) => ({
  "1m": Number(m1.toFixed(2)),
  "5m": Number(m5.toFixed(2)),
  "15m": Number(m15.toFixed(2)),
});

// ── build ─────────────────────────────────────────────────────────────────────────────────────────
const compiled = path("dist/core/compare.js");
if (!existsSync(compiled) || process.argv.includes("--build")) {
  log("building (npm run build)…");
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) {
    log("presscheck bench: the build failed; fix it (or wait for a file mid-edit) and rerun");
    process.exit(1);
  }
}
const { compare } = await import(new URL("../dist/core/compare.js", import.meta.url).href);

if (process.argv.includes("--adversarial-only")) {
  log("adversarial inputs (one process per input and size)…");
  const rows = runAdversarial({ log });
  process.stdout.write(`${adversarialTable(rows)}\n`);
  process.exit(0);
}

const read = (p) => ({ source: p, text: readFileSync(path(p), "utf8"), format: "text" });
const letter = read(LETTER);

// ── 1. one pair, warm ─────────────────────────────────────────────────────────────────────────────
// Each call does the whole pipeline from the texts (segment and index the letter, judge every press
// sentence), as the CLI does per run; only JIT and the stemmer's memo are warm.
log("1/5 one pair, warm…");
const pairs = PRESS.map((p) => {
  const press = read(p);
  const presscheck = timeWarm(() => compare(letter, [press]), { warmup: 5, maxRuns: 50, budgetMs: 4000 });
  const baseline = timeWarm(() => naiveAlign(letter.text, press.text), {
    warmup: 5,
    maxRuns: 50,
    budgetMs: 4000,
  });
  return { press: p, presscheck, baseline, ratio: baseline.medianMs / presscheck.medianMs };
});

// ── 2. scaling ────────────────────────────────────────────────────────────────────────────────────
function measureSize(impl, sentences, big) {
  const spec = {
    impl,
    sentences,
    warmup: 1,
    minRuns: big ? 3 : 5,
    maxRuns: big ? 9 : 30,
    budgetMs: big ? 8000 : 4000,
  };
  const out = execFileSync(process.execPath, [path("bench/scaleWorker.mjs"), JSON.stringify(spec)], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 16 * MB,
  });
  return JSON.parse(out);
}

/** t(10n) / t(n) for consecutive sizes: 10 means linear in the letter's length, 100 quadratic. */
function growth(rows) {
  const factors = [];
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    if (a && b) {
      factors.push({
        from: a.sentences,
        to: b.sentences,
        factor: b.medianMs / a.medianMs,
        extrapolated: !!b.skipped,
      });
    }
  }
  return factors;
}

log("2/5 scaling (one process per size)…");
const scaling = { presscheck: [], baseline: [] };
for (const n of SIZES) {
  log(`  presscheck, ${n} sentences`);
  scaling.presscheck.push(measureSize("presscheck", n, n >= 10_000));
}
for (const n of SIZES) {
  const done = scaling.baseline;
  const [prev, last] = [done[done.length - 2], done[done.length - 1]];
  // Predict from the growth seen so far (≈ 10× per 10× for all pairs against a fixed article).
  const predicted = prev && last ? last.medianMs * (last.medianMs / prev.medianMs) : undefined;
  if (predicted !== undefined && predicted * BIG_CALLS > BASELINE_SKIP_MS) {
    log(`  baseline, ${n} sentences: skipped (predicted ${formatMs(predicted)} a call)`);
    done.push({ impl: "baseline", sentences: n, skipped: true, extrapolated: true, medianMs: predicted });
    continue;
  }
  log(`  baseline, ${n} sentences`);
  done.push(measureSize("baseline", n, n >= 10_000));
}
const growthFactors = { presscheck: growth(scaling.presscheck), baseline: growth(scaling.baseline) };
const scalingPeakRSS = Math.max(...scaling.presscheck.map((r) => r.maxRSSBytes));

// ── 3. cold start ─────────────────────────────────────────────────────────────────────────────────
// Wall time from spawn to exit of the real binary: Node's start-up, module loading and one
// unoptimised comparison. One untimed run first so the file system cache is warm, as it is for a
// user running the command a second time. Exit code 1 (discrepancies found) is a normal outcome.
log("3/5 cold start…");
const coldArgs = [path("dist/cli.js"), "check", LETTER, PRESS[0]];
const coldTimes = [];
for (let i = 0; i <= COLD_RUNS; i++) {
  const t = performance.now();
  const r = spawnSync(process.execPath, coldArgs, { cwd: root, encoding: "utf8" });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) {
    log(`presscheck bench: \`presscheck check\` exited ${r.status}: ${r.stderr.trim()}`);
    process.exit(1);
  }
  if (i > 0) coldTimes.push(ms);
}
const cold = { runs: coldTimes.length, medianMs: median(coldTimes), minMs: Math.min(...coldTimes) };

// ── 3b. the review's first frame (bench/firstFrame.mjs): spawn → first complete frame in a pty ──────
const { firstFrameMs, allDocumentsMs } = await firstFrameTimes();

// ── 4. corpus mode ────────────────────────────────────────────────────────────────────────────────
// Build and query in separate processes, as `index add` and `check --corpus` run: each peak RSS is its own.
log("4/5 corpus: index 10,000 letters, then look up articles…");
const CORPUS_LETTERS = 10_000;
const CORPUS_QUERIES = 60;
const corpusDir = join(tmpdir(), `presscheck-bench-corpus-${process.pid}`);
const corpusRun = (phase) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        path("bench/corpusWorker.mjs"),
        JSON.stringify({ phase, letters: CORPUS_LETTERS, queries: CORPUS_QUERIES, dir: corpusDir }),
      ],
      { cwd: root, encoding: "utf8", maxBuffer: 16 * MB },
    ),
  );
let corpus;
try {
  const build = corpusRun("build");
  const query = corpusRun("query");
  corpus = { implemented: true, build, query };
} finally {
  rmSync(corpusDir, { recursive: true, force: true });
}

// ── 4b. corpus on PostgreSQL (bench/pgCorpus.mjs: a throwaway cluster; sizes from $PRESSCHECK_BENCH_PG_SIZES) ──
log(
  "4b corpus on PostgreSQL: letters added (10,000 unless PRESSCHECK_BENCH_PG_SIZES), look-ups and batch checks…",
);
const { runPgCorpusBench, pgCorpusRows } = await import("./pgCorpus.mjs");
const pgCorpus = await runPgCorpusBench(log);

// ── 5. adversarial ────────────────────────────────────────────────────────────────────────────────
log("5/5 adversarial inputs (one process per input and size)…");
const adversarial = runAdversarial({ log });

// ── results ───────────────────────────────────────────────────────────────────────────────────────
const tenK = scaling.presscheck.find((r) => r.sentences === 10_000);
// Peak memory throughout: every presscheck process the bench ran (scaling sizes, corpus build and query).
const peakRSS = Math.max(scalingPeakRSS, corpus.build.maxRSSBytes, corpus.query.maxRSSBytes);
const targets = {
  pair: {
    target: `≤ ${TARGETS.pairMs} ms`,
    pass: pairs.every((p) => p.presscheck.medianMs <= TARGETS.pairMs),
  },
  cold: { target: `≤ ${TARGETS.coldMs} ms`, pass: cold.medianMs <= TARGETS.coldMs },
  tenThousand: {
    target: `≤ ${formatMs(TARGETS.tenThousandMs)}`,
    pass: tenK.medianMs <= TARGETS.tenThousandMs,
  },
  memory: { target: "< 1 GB", pass: peakRSS < TARGETS.memoryBytes },
  corpusQuery: {
    target: `p95 ≤ ${TARGETS.corpusQueryP95Ms} ms`,
    pass: corpus.query.queryP95Ms <= TARGETS.corpusQueryP95Ms,
  },
  corpusBuild: {
    target: `≤ ${formatMs(TARGETS.corpusBuildMs)}`,
    pass: corpus.build.buildMs <= TARGETS.corpusBuildMs,
  },
  adversarialTime: {
    target: `every hostile input up to 1 MB ≤ ${formatMs(ADVERSARIAL_TARGETS.maxMs)}; the realistic 8 KB quotation ≤ ${ADVERSARIAL_TARGETS.realisticMs} ms`,
    pass: adversarial.every((r) => r.timeOk),
  },
  adversarialGrowth: {
    target: `growth exponent ≤ ${ADVERSARIAL_TARGETS.maxExponent} (linear)`,
    pass: adversarial.every((r) => r.growthOk),
  },
};

const git = (...args) => {
  try {
    return execFileSync("git", args, {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return undefined;
  }
};
const cpus = os.cpus();
const results = {
  date: new Date().toISOString(),
  machine: {
    cores: cpus.length,
    model: cpus[0]?.model.trim(),
    memoryBytes: os.totalmem(),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    loadAverageAtStart: loadAverage(loadAtStart),
    loadAverageAtEnd: loadAverage(os.loadavg()),
  },
  code: { commit: git("rev-parse", "--short", "HEAD"), distBuilt: statSync(compiled).mtime.toISOString() },
  pairs,
  scaling,
  growth: growthFactors,
  peakRSSBytes: peakRSS,
  scalingPeakRSSBytes: scalingPeakRSS,
  cold,
  firstFrameMs,
  allDocumentsMs,
  corpus,
  adversarial,
  pgCorpus,
  targets,
};
writeFileSync(path("bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);

// ── the Markdown table (stdout, for the README) ───────────────────────────────────────────────────
const count = (n) => n.toLocaleString("en-GB");
const fmtGrowth = (g) =>
  g
    .map(
      (x) =>
        `${count(x.from)}→${count(x.to)}: ×${x.factor.toFixed(1)}${x.extrapolated ? " (extrapolated)" : ""}`,
    )
    .join("; ");
const baselineCell = (r) =>
  r.skipped ? `~${formatMs(r.medianMs)} (extrapolated, not run)` : `${formatMs(r.medianMs)}`;
const rows = [
  ["measure", "presscheck", "naive all-pairs baseline", "target", ""],
  ...pairs.map((p) => [
    `one pair, warm (${p.press.replace("seeds/", "").slice(0, 3)} vs letter)`,
    formatMs(p.presscheck.medianMs),
    `${formatMs(p.baseline.medianMs)} (baseline/presscheck ${p.ratio.toFixed(2)})`,
    targets.pair.target,
    verdict(p.presscheck.medianMs <= TARGETS.pairMs),
  ]),
  ...SIZES.map((n, i) => {
    const p = scaling.presscheck[i];
    const b = scaling.baseline[i];
    const isTenK = n === 10_000;
    return [
      `${count(n)}-sentence letter × 60-sentence article`,
      `${formatMs(p.medianMs)}, peak RSS ${formatMB(p.maxRSSBytes)}`,
      baselineCell(b),
      isTenK ? targets.tenThousand.target : "",
      isTenK ? verdict(targets.tenThousand.pass) : "",
    ];
  }),
  [
    "time growth per 10× letter (10 = linear)",
    fmtGrowth(growthFactors.presscheck),
    fmtGrowth(growthFactors.baseline),
    "",
    "",
  ],
  [
    "peak memory (max RSS, any size)",
    formatMB(peakRSS),
    "",
    targets.memory.target,
    verdict(targets.memory.pass),
  ],
  [
    `cold \`presscheck check\` (spawn → exit, median of ${cold.runs})`,
    formatMs(cold.medianMs),
    "",
    targets.cold.target,
    verdict(targets.cold.pass),
  ],
  [
    "review: first frame on the seeds (pty 120×40, median of 5)",
    formatMs(firstFrameMs),
    "",
    "< 1 s",
    verdict(firstFrameMs < 1000),
  ],
  ["review: every press document compared and shown (same runs)", formatMs(allDocumentsMs), "", "", ""],
  [
    `corpus: build the index of ${count(CORPUS_LETTERS)} letters (${formatMB(corpus.build.corpusChars * 1)} of text)`,
    `${formatMs(corpus.build.buildMs)}, ${formatMB(corpus.build.diskBytes)} on disk (search file ${formatMB(corpus.build.searchFileBytes)}), peak RSS ${formatMB(corpus.build.maxRSSBytes)}`,
    "",
    targets.corpusBuild.target,
    verdict(targets.corpusBuild.pass),
  ],
  [
    `corpus: find an article's letter among ${count(CORPUS_LETTERS)} (${corpus.query.queries} articles)`,
    `p50 ${formatMs(corpus.query.queryP50Ms)}, p95 ${formatMs(corpus.query.queryP95Ms)}; right letter first ${corpus.query.rankedFirst}/${corpus.query.queries}; index load ${formatMs(corpus.query.loadMs)}, peak RSS ${formatMB(corpus.query.maxRSSBytes)}`,
    "",
    targets.corpusQuery.target,
    verdict(targets.corpusQuery.pass),
  ],
  ...pgCorpusRows(pgCorpus, { formatMs, formatMB, verdict }),
];
const line = (cells) => `| ${cells.join(" | ")} |`;
const table = [line(rows[0]), line(rows[0].map(() => "---")), ...rows.slice(1).map(line)].join("\n");
const m = results.machine;
// Every target the tables print is checked above (targets): the adversarial ones too.
const adversarialSummary = `Adversarial inputs (issue 13): ${verdict(targets.adversarialTime.pass)} ${targets.adversarialTime.target}; ${verdict(targets.adversarialGrowth.pass)} ${targets.adversarialGrowth.target}.`;
process.stdout.write(
  `Measured ${results.date.slice(0, 10)} on ${m.cores} × ${m.model}, Node ${m.node} (median of repeated runs; 1-minute load average ${m.loadAverageAtStart["1m"]} at start, ${m.loadAverageAtEnd["1m"]} at end):\n\n${table}\n\n`,
);
process.stdout.write(`${adversarialTable(adversarial)}\n\n${adversarialSummary}\n`);
