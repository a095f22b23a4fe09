/**
 * Full real reports in one fresh process: `node bench/realWorker.mjs '<json spec>'`, spec
 * { shared, ilacs: true|false }. Prints one JSON line. Needs ../shared (the caller skips otherwise).
 *
 *   - ../shared/real: each labelled report (letter.txt, 23–34k characters) against its own press texts
 *     (up to three), warm: compare(letter, press) — the whole pipeline, the letter prepared once per call
 *     and shared by the three press texts, as `check LETTER P1 P2 P3` does (the prepared letter compare()
 *     keeps between calls is forgotten before each one) — median of repeated calls,
 *     beside the naive all-pairs baseline (bench/baseline.mjs) over the same three press texts.
 *   - ../shared/corpus/ilacs: every report PDF read as the CLI reads it (unpdf, page furniture removed),
 *     then compared against the press texts of a real case (report i gets case i mod 10's texts: real
 *     coverage of another report, the same volume and vocabulary as its own would be). The process is warm
 *     from the labelled cases, so one timed call per report (72 reports: the distribution is the figure).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { naiveAlign } from "./baseline.mjs";
import { median, timeWarm } from "./stats.mjs";

const spec = JSON.parse(process.argv[2] ?? "{}");
const root = new URL("../", import.meta.url);
const { compare, forgetPreparedLetters } = await import(new URL("dist/core/compare.js", root).href);
const { readInput } = await import(new URL("dist/io/readInput.js", root).href);

const realDir = join(spec.shared, "real");
const text = (path) => ({ source: path, text: readFileSync(path, "utf8"), format: "text" });
const cases = readdirSync(realDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .map((name) => {
    const dir = join(realDir, name);
    const press = readdirSync(dir)
      .filter((f) => /^press-\d+\.txt$/.test(f))
      .sort()
      .slice(0, 3)
      .map((f) => text(join(dir, f)));
    return { name, letter: text(join(dir, "letter.txt")), press };
  });

const real = cases.map(({ name, letter, press }) => {
  const presscheck = timeWarm(
    () => {
      forgetPreparedLetters?.();
      compare(letter, press);
    },
    {
      warmup: 2,
      minRuns: 5,
      maxRuns: 9,
      budgetMs: 1500,
    },
  );
  const baseline = timeWarm(() => press.map((p) => naiveAlign(letter.text, p.text)), {
    warmup: 1,
    minRuns: 3,
    maxRuns: 9,
    budgetMs: 1500,
  });
  return {
    name,
    letterChars: letter.text.length,
    press: press.length,
    pressChars: press.reduce((n, p) => n + p.text.length, 0),
    presscheck,
    baseline,
    ratio: baseline.medianMs / presscheck.medianMs,
  };
});

let ilacs;
if (spec.ilacs) {
  const dir = join(spec.shared, "corpus", "ilacs");
  const pdfs = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".pdf"))
    .sort();
  const reports = [];
  const errors = [];
  for (const [i, f] of pdfs.entries()) {
    const t = performance.now();
    let doc;
    try {
      doc = (await readInput(join(dir, f))).doc;
    } catch (err) {
      errors.push(`${f}: ${err.message}`);
      continue;
    }
    const readMs = performance.now() - t;
    const press = (cases[i % cases.length] ?? { press: [] }).press;
    const s = performance.now();
    compare(doc, press);
    reports.push({ file: f, chars: doc.text.length, readMs, compareMs: performance.now() - s });
  }
  const sorted = (key) => reports.map((r) => r[key]).sort((a, b) => a - b);
  const quantile = (values, q) => values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;
  const compareMs = sorted("compareMs");
  const readMs = sorted("readMs");
  ilacs = {
    reports: reports.length,
    errors,
    medianChars: median(sorted("chars")),
    compareP50Ms: median(compareMs),
    compareP95Ms: quantile(compareMs, 0.95),
    compareMaxMs: compareMs[compareMs.length - 1] ?? 0,
    slowest: reports.reduce((a, b) => (b.compareMs > (a?.compareMs ?? -1) ? b : a), undefined)?.file,
    readP50Ms: median(readMs),
    readMaxMs: readMs[readMs.length - 1] ?? 0,
  };
}

process.stdout.write(
  `${JSON.stringify({ real, ilacs, maxRSSBytes: process.resourceUsage().maxRSS * 1024 })}\n`,
);
