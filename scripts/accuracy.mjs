#!/usr/bin/env node
// Accuracy on the bundled seeds (and on invented pairs, below): runs the built CLI over the four press seeds against the letter,
// scores the JSON report with ../shared/tools/score.mjs against the hand-labelled gold file, and fails
// below the figures agreed in issue 3. The gold file is read only here, never by the tool.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const shared = process.env.PRESSCHECK_SHARED ?? "../shared";
const gold = join(shared, "gold/seeds.json");
const scorer = join(shared, "tools/score.mjs");
const seeds = [
  "001_3ecc2d4aaa3c5f93",
  "000_48be5846dd2c0fe9",
  "002_2ce07d26d9d99a6e",
  "003_911d55b8bae43da8",
  "004_3ab04ba881e51fa3",
].map((s) => `seeds/${s}.txt`);
// Everything here is scored by the scorer in ../shared, which a fresh clone does not have: say so in
// one line and stop, rather than fail on every pair with a stack trace and a score of 0 %.
const missing = [scorer, gold].filter((p) => !existsSync(p));
if (missing.length > 0) {
  console.log(
    `accuracy: skipped the seeds, invented and held-out pairs: ${missing.join(" and ")} not found (set PRESSCHECK_SHARED to the shared folder)`,
  );
  process.exit(0);
}
const report = execFileSync(process.execPath, ["dist/cli.js", "report", ...seeds, "--format", "json"], {
  encoding: "utf8",
});
const path = join(mkdtempSync(join(tmpdir(), "presscheck-accuracy-")), "report.json");
writeFileSync(path, report);
let out;
try {
  out = execFileSync(process.execPath, [scorer, gold, path, "--verbose"], { encoding: "utf8" });
} catch (err) {
  out = String(err.stdout ?? ""); // the scorer exits 1 unless every expectation is met
}
process.stdout.write(out);
const summary = JSON.parse(out.split("\n").find((l) => l.startsWith("{")) ?? "{}");
const ratio = (s) => s.split("/").map(Number);
const [items, itemsTotal] = ratio(summary.items ?? "0/1");
const [covered] = ratio(summary.coveredMisreported ?? "1/1");
const [docs, docsTotal] = ratio(summary.documents ?? "0/1");
const checks = [
  ["items >= 30/34", items >= Math.ceil((30 / 34) * itemsTotal)],
  ["discrepancyRecall >= 90", summary.discrepancyRecall >= 90],
  ["falseAlarmRate <= 10", summary.falseAlarmRate <= 10],
  ["flagRecall = 100", summary.flagRecall === 100],
  ["omissionRecall = 100", summary.omissionRecall === 100],
  ["coveredMisreported = 0", covered === 0],
  ["documents all right", docs === docsTotal],
];

// Labelled pairs of other regulators' letters and press, scored like the seeds:
// - invented (test/fixtures/invented): written early and used while writing the rules;
// - heldout (test/fixtures/heldout): written later by someone who had not read the rules — the closer
//   estimate of accuracy on documents the tool has not seen.
// - standin (test/fixtures/standin): stand-ins for the hidden real cases of other kinds (monitoring and
//   focused-visit letters, a graded school report, a care home, a prison, Estyn on a council; then a JTAI
//   letter, a nursery, a hospital, a probation unit, a school monitoring letter, a children's home and
//   the Care Inspectorate; then an ungraded Estyn school report and an HMI Prisons review of progress;
//   then an HMICFRS PEEL inspection, a joint area SEND revisit and an Ofsted progress monitoring
//   inspection of an independent school; then an Ofsted apprenticeship provider and an HMI Probation youth
//   justice service; then an HMICFRS fire and rescue inspection and an Education Scotland school letter),
//   written and labelled before the tool ran on them (issue 11); first-contact
//   figures are in docs/accuracy.md.
// Each set is gated by a floor below today's figures, so that a rule which breaks other regulators'
// documents cannot land unnoticed.
const SETS = [
  { name: "invented", floor: { items: 0.85, discrepancyRecall: 75, omissionRecall: 90 } },
  { name: "heldout", floor: { items: 0.7, discrepancyRecall: 50, omissionRecall: 85 } },
  { name: "standin", floor: { items: 0.89, discrepancyRecall: 85, omissionRecall: 80 } },
];

/** Scores every pair of one set; returns the totals. */
function scoreSet(name) {
  const root = join("test/fixtures", name);
  const t = { items: 0, total: 0, disc: 0, omit: 0, pairs: 0 };
  if (!existsSync(root)) return t;
  for (const pair of readdirSync(root).sort()) {
    const dir = join(root, pair);
    const press = readdirSync(dir)
      .filter((f) => f.startsWith("press-"))
      .sort()
      .map((f) => join(dir, f));
    const json = execFileSync(
      process.execPath,
      ["dist/cli.js", "report", join(dir, "letter.txt"), ...press, "--format", "json"],
      { encoding: "utf8" },
    );
    const reportPath = join(mkdtempSync(join(tmpdir(), `presscheck-${name}-`)), "report.json");
    writeFileSync(reportPath, json);
    let scored;
    try {
      scored = execFileSync(process.execPath, [scorer, join(dir, "labels.json"), reportPath], {
        encoding: "utf8",
      });
    } catch (err) {
      scored = String(err.stdout ?? "");
    }
    const line = scored.split("\n").find((l) => l.startsWith("{")) ?? "{}";
    const s = JSON.parse(line);
    const [right, total] = ratio(s.items ?? "0/1");
    t.items += right;
    t.total += total;
    t.disc += s.discrepancyRecall ?? 0;
    t.omit += s.omissionRecall ?? 0;
    t.pairs++;
    console.log(`${name} ${pair}: ${line}`);
  }
  return t;
}

for (const set of SETS) {
  const t = scoreSet(set.name);
  if (t.pairs === 0) continue;
  const items = t.items / t.total;
  const disc = Math.round(t.disc / t.pairs);
  const omit = Math.round(t.omit / t.pairs);
  console.log(
    `${set.name} pairs: items ${t.items}/${t.total} (${Math.round(items * 100)}%), mean discrepancyRecall ${disc}, mean omissionRecall ${omit}`,
  );
  checks.push([`${set.name} items >= ${set.floor.items * 100}%`, items >= set.floor.items]);
  checks.push([
    `${set.name} discrepancyRecall >= ${set.floor.discrepancyRecall}`,
    disc >= set.floor.discrepancyRecall,
  ]);
  checks.push([
    `${set.name} omissionRecall >= ${set.floor.omissionRecall}`,
    omit >= set.floor.omissionRecall,
  ]);
}

// The real development set (../shared/real, issue 11): full Ofsted reports and the coverage they got,
// labelled by hand, scored with ../shared/tools/score-cases.mjs. Floors: the mean and every case at
// or above what was reached when they were set (mean 93, worst 88 on 2026-12-02), less a small margin,
// and the omission list at least half critical findings on every labelled document.
const REAL_FLOOR = { mean: 90, each: 85 };
const realCases = join(shared, "real");
const scoreCases = join(shared, "tools/score-cases.mjs");
if (existsSync(realCases) && existsSync(scoreCases)) {
  let out;
  try {
    out = execFileSync(process.execPath, [scoreCases, realCases, "dist/cli.js"], { encoding: "utf8" });
  } catch (err) {
    out = String(err.stdout ?? ""); // exits 1 when a case could not be run or scored
  }
  const cases = out
    .split("\n")
    .map((l) => /^(\S+)\s.*score: (\d+)%/.exec(l))
    .filter((m) => m !== null)
    .map((m) => ({ name: m[1], score: Number(m[2]), line: m.input }));
  for (const c of cases) console.log(`real ${c.line}`);
  const mean = cases.length ? Math.round(cases.reduce((a, c) => a + c.score, 0) / cases.length) : 0;
  const worst = cases.length ? Math.min(...cases.map((c) => c.score)) : 0;
  console.log(`real cases: ${cases.length}, mean ${mean}%, worst ${worst}%`);
  checks.push([`real cases scored (${cases.length})`, cases.length > 0 && !/could not|failed/.test(out)]);
  checks.push([`real mean >= ${REAL_FLOOR.mean}%`, mean >= REAL_FLOOR.mean]);
  checks.push([`real every case >= ${REAL_FLOOR.each}%`, worst >= REAL_FLOOR.each]);
  const precision = (line) => Number(/"omissionPrecision":(\d+)/.exec(line)?.[1] ?? 100);
  const imprecise = cases.filter((c) => precision(c.line) < 50);
  checks.push(["real omission lists at least half critical", imprecise.length === 0]);
} else {
  console.log(`accuracy: ${realCases} not found; the real cases were skipped`);
}

const failed = checks.filter(([, ok]) => !ok);
for (const [name, ok] of checks) console.log(`${ok ? "ok  " : "FAIL"} ${name}`);
if (failed.length) {
  console.error(`accuracy: ${failed.length} check(s) below the agreed figures`);
  process.exit(1);
}
console.log(`accuracy: ${checks.length} passed, 0 failed`);
