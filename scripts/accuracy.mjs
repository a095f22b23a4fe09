#!/usr/bin/env node
// Accuracy on the bundled seeds (and on invented pairs, below): runs the built CLI over the four press seeds against the letter,
// scores the JSON report with ../shared/tools/score.mjs against the hand-labelled gold file, and fails
// below the figures agreed in issue 3. The gold file is read only here, never by the tool.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
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

// The invented pairs (test/fixtures/invented/*: letters and press of other regulators, labelled by
// hand as a fact-checker would) measure generality beyond the one seed letter. They are reported,
// and gated only by a floor well below today's figures, so that a rule which breaks other
// regulators' documents cannot land unnoticed.
const INVENTED_FLOOR = { items: 0.85, discrepancyRecall: 75, omissionRecall: 90 };
const inventedRoot = "test/fixtures/invented";
let invItems = 0;
let invTotal = 0;
let invDisc = 0;
let invOmit = 0;
let pairs = 0;
for (const pair of readdirSync(inventedRoot).sort()) {
  const dir = join(inventedRoot, pair);
  const press = readdirSync(dir)
    .filter((f) => f.startsWith("press-"))
    .sort()
    .map((f) => join(dir, f));
  const json = execFileSync(
    process.execPath,
    ["dist/cli.js", "report", join(dir, "letter.txt"), ...press, "--format", "json"],
    {
      encoding: "utf8",
    },
  );
  const reportPath = join(mkdtempSync(join(tmpdir(), "presscheck-invented-")), "report.json");
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
  invItems += right;
  invTotal += total;
  invDisc += s.discrepancyRecall ?? 0;
  invOmit += s.omissionRecall ?? 0;
  pairs++;
  console.log(`invented ${pair}: ${line}`);
}
if (pairs > 0) {
  const items = invItems / invTotal;
  const disc = Math.round(invDisc / pairs);
  const omit = Math.round(invOmit / pairs);
  console.log(
    `invented pairs: items ${invItems}/${invTotal} (${Math.round(items * 100)}%), mean discrepancyRecall ${disc}, mean omissionRecall ${omit}`,
  );
  checks.push([`invented items >= ${INVENTED_FLOOR.items * 100}%`, items >= INVENTED_FLOOR.items]);
  checks.push([
    `invented discrepancyRecall >= ${INVENTED_FLOOR.discrepancyRecall}`,
    disc >= INVENTED_FLOOR.discrepancyRecall,
  ]);
  checks.push([
    `invented omissionRecall >= ${INVENTED_FLOOR.omissionRecall}`,
    omit >= INVENTED_FLOOR.omissionRecall,
  ]);
}

const failed = checks.filter(([, ok]) => !ok);
for (const [name, ok] of checks) console.log(`${ok ? "ok  " : "FAIL"} ${name}`);
if (failed.length) {
  console.error(`accuracy: ${failed.length} check(s) below the agreed figures`);
  process.exit(1);
}
console.log(`accuracy: ${checks.length} passed, 0 failed`);
