#!/usr/bin/env node
// Accuracy on the bundled seeds: runs the built CLI over the four press seeds against the letter,
// scores the JSON report with ../shared/tools/score.mjs against the hand-labelled gold file, and fails
// below the figures agreed in issue 3. The gold file is read only here, never by the tool.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
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
const failed = checks.filter(([, ok]) => !ok);
for (const [name, ok] of checks) console.log(`${ok ? "ok  " : "FAIL"} ${name}`);
if (failed.length) {
  console.error(`accuracy: ${failed.length} check(s) below the agreed figures`);
  process.exit(1);
}
console.log(`accuracy: ${checks.length} passed, 0 failed`);
