/**
 * Full real reports (issue 11), for bench/run.mjs: the labelled reports of ../shared/real with their own
 * press texts and the 72 report PDFs of ../shared/corpus/ilacs, measured warm in one worker process
 * (bench/realWorker.mjs), and `presscheck check` run cold on one labelled report and its three press texts.
 * Without ../shared the section is skipped with one line (the real documents never enter the repository).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MB, median } from "./stats.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
export const SHARED = join(root, "..", "shared");

/** Issue 11: one full report against three press texts, warm, and `check` on it cold. */
export const REAL_TARGETS = { warmMs: 150, coldMs: 500 };

/** The labelled case whose letter is longest (the hardest one for the cold target), with its press texts. */
function longestCase() {
  const realDir = join(SHARED, "real");
  const cases = readdirSync(realDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(realDir, d.name));
  const size = (dir) => statSync(join(dir, "letter.txt")).size;
  const dir = cases.sort((a, b) => size(b) - size(a))[0];
  const press = readdirSync(dir)
    .filter((f) => /^press-\d+\.txt$/.test(f))
    .sort()
    .slice(0, 3);
  return { dir, args: ["letter.txt", ...press] };
}

/** Runs the section; `{ skipped }` without ../shared. `ilacs: false` leaves out the 72 PDFs. */
export function runRealReports({ log, ilacs = true, coldRuns = 5 }) {
  if (!existsSync(join(SHARED, "real"))) {
    log("  real reports skipped: ../shared/real is not here");
    return { skipped: "../shared/real is not here" };
  }
  const withIlacs = ilacs && existsSync(join(SHARED, "corpus", "ilacs"));
  log(`  warm: the labelled reports${withIlacs ? " and the ilacs corpus PDFs" : ""} (one process)…`);
  const warm = JSON.parse(
    execFileSync(
      process.execPath,
      [join(root, "bench/realWorker.mjs"), JSON.stringify({ shared: SHARED, ilacs: withIlacs })],
      { cwd: root, encoding: "utf8", maxBuffer: 16 * MB },
    ),
  );
  const { dir, args } = longestCase();
  log(`  cold: \`check\` on ${dir.split("/").pop()} and its ${args.length - 1} press texts…`);
  const times = [];
  for (let i = 0; i <= coldRuns; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(root, "dist/cli.js"), "check", ...args], { cwd: dir });
    const ms = performance.now() - t;
    if (r.status !== 0 && r.status !== 1) throw new Error(`check on ${dir} exited ${r.status}: ${r.stderr}`);
    if (i > 0) times.push(ms);
  }
  const worst = warm.real.reduce((a, b) => (b.presscheck.medianMs > a.presscheck.medianMs ? b : a));
  return {
    ...warm,
    worst: { name: worst.name, medianMs: worst.presscheck.medianMs },
    cold: { case: dir.split("/").pop(), press: args.length - 1, runs: times.length, medianMs: median(times) },
  };
}

/** The bench table's rows: [measure, figure, baseline, target, verdict]. */
export function realReportRows(r, { formatMs, verdict }) {
  if (r.skipped) return [["full real reports (issue 11)", `skipped: ${r.skipped}`, "", "", ""]];
  const ms = (x) => formatMs(x.presscheck.medianMs);
  const rows = [
    [
      `full report × its press texts, warm: ${r.real.length} labelled reports (median per report)`,
      r.real.map((c) => `${c.name.split("-")[0]} ${ms(c)}`).join(", "),
      r.real.map((c) => `${c.ratio.toFixed(2)}`).join(", "),
      `≤ ${REAL_TARGETS.warmMs} ms each`,
      verdict(r.worst.medianMs <= REAL_TARGETS.warmMs),
    ],
    [
      `cold \`check\` on a full report (${r.cold.case}) and its ${r.cold.press} press texts (median of ${r.cold.runs})`,
      formatMs(r.cold.medianMs),
      "",
      `≤ ${REAL_TARGETS.coldMs} ms`,
      verdict(r.cold.medianMs <= REAL_TARGETS.coldMs),
    ],
  ];
  if (r.ilacs)
    rows.push([
      `ilacs corpus: ${r.ilacs.reports} report PDFs × 3 real press texts each, warm`,
      `p50 ${formatMs(r.ilacs.compareP50Ms)}, p95 ${formatMs(r.ilacs.compareP95Ms)}, max ${formatMs(r.ilacs.compareMaxMs)} (${r.ilacs.slowest}); PDF read p50 ${formatMs(r.ilacs.readP50Ms)}; ${r.ilacs.errors.length} not read: ${r.ilacs.errors.join("; ") || "none"}`,
      "",
      "",
      "",
    ]);
  return rows;
}
