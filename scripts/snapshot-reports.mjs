#!/usr/bin/env node
// Behaviour guard for performance rewrites (issue 13): builds the JSON report of every seed, invented and
// held-out fixture pair and every real case in ../shared/real, and either saves them (`save DIR`) or
// compares them with a saved set (`check DIR`, exit 1 on any difference, listing the documents that differ).
// A rewrite of a regex or a loop for speed must leave every report byte-identical.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [mode, dir] = process.argv.slice(2);
if (!["save", "check"].includes(mode) || !dir) {
  console.error("usage: node scripts/snapshot-reports.mjs save|check DIR");
  process.exit(2);
}
const shared = process.env.PRESSCHECK_SHARED ?? "../shared";
const cases = [];
cases.push({
  name: "seeds",
  args: [
    "001_3ecc2d4aaa3c5f93",
    "000_48be5846dd2c0fe9",
    "002_2ce07d26d9d99a6e",
    "003_911d55b8bae43da8",
    "004_3ab04ba881e51fa3",
  ].map((s) => `seeds/${s}.txt`),
});
const pairsOf = (root, prefix, letterName) => {
  if (!existsSync(root)) return;
  for (const pair of readdirSync(root).sort()) {
    const d = join(root, pair);
    if (!existsSync(join(d, letterName))) continue;
    const press = readdirSync(d)
      .filter((f) => f.startsWith("press-"))
      .sort()
      .map((f) => join(d, f));
    cases.push({ name: `${prefix}-${pair}`, args: [join(d, letterName), ...press] });
  }
};
pairsOf("test/fixtures/invented", "invented", "letter.txt");
pairsOf("test/fixtures/heldout", "heldout", "letter.txt");
pairsOf(join(shared, "real"), "real", "letter.txt");

mkdirSync(dir, { recursive: true });
const differ = [];
for (const c of cases) {
  const out = execFileSync(process.execPath, ["dist/cli.js", "report", ...c.args, "--format", "json"], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const file = join(dir, `${c.name}.json`);
  if (mode === "save") writeFileSync(file, out);
  else if (!existsSync(file) || readFileSync(file, "utf8") !== out) {
    differ.push(c.name);
    writeFileSync(`${file}.new`, out);
  }
}
if (mode === "save") console.log(`saved ${cases.length} reports in ${dir}`);
else if (differ.length) {
  console.error(
    `${differ.length} of ${cases.length} reports differ: ${differ.join(", ")} (new versions beside them as .json.new)`,
  );
  process.exit(1);
} else console.log(`all ${cases.length} reports identical`);
