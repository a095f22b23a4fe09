/**
 * Corpus mode on real documents: index the Ofsted reports of ../shared/corpus/ilacs, then find the
 * report each press text of ../shared/real is about (`npm run --silent corpus:real`). The right report
 * of a case is the corpus file with the same bytes as its letter.pdf. Prints one line per press text
 * (right / WRONG / unmatched, with the confidence and, for the unmatched, why) and the totals.
 * Skips with one line when ../shared is absent. Uses the built code (npm run build first).
 *
 *   --index DIR|URL   use (and fill, when empty) this index instead of a fresh temporary one
 *   --json            the per-text results and totals as JSON on stdout
 */

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const shared = join(root, "..", "shared");
const realDir = join(shared, "real");
const corpusDir = join(shared, "corpus", "ilacs");
if (!existsSync(realDir) || !existsSync(corpusDir)) {
  console.log("corpus:real: ../shared/real or ../shared/corpus/ilacs not found; skipped");
  process.exit(0);
}
const args = process.argv.slice(2);
const json = args.includes("--json");
const at = args.indexOf("--index");
let spec = at >= 0 ? args[at + 1] : undefined;
const temp = spec ? undefined : mkdtempSync(join(tmpdir(), "presscheck-real-corpus-"));
spec ??= join(temp, "index");

const { openCorpusIndex } = await import(join(root, "dist/corpus/openIndex.js"));
const { findSources } = await import(join(root, "dist/corpus/findSources.js"));
const { readInput } = await import(join(root, "dist/io/readInput.js"));

const log = (line) => process.stderr.write(`${line}\n`);
try {
  let index = await openCorpusIndex(spec);
  if ((await index.count()) === 0) {
    await index.close();
    log(`indexing ${corpusDir} into ${spec}…`);
    const r = spawnSync(
      process.execPath,
      [join(root, "dist/cli.js"), "index", "add", corpusDir, "--index", spec],
      {
        stdio: ["ignore", "inherit", "inherit"],
        env: { ...process.env, CI: "true" },
      },
    );
    if (r.status !== 0 && r.status !== 2) throw new Error(`index add failed (exit ${r.status})`);
    index = await openCorpusIndex(spec);
  }
  const sha = (p) => createHash("sha256").update(readFileSync(p)).digest("hex");
  const bySha = new Map(readdirSync(corpusDir).map((f) => [sha(join(corpusDir, f)), join(corpusDir, f)]));
  const rows = [];
  for (const c of readdirSync(realDir).sort()) {
    const dir = join(realDir, c);
    if (!existsSync(join(dir, "letter.pdf"))) continue;
    const expected = bySha.get(sha(join(dir, "letter.pdf")));
    for (const f of readdirSync(dir)
      .filter((n) => /^press-\d+\.txt$/.test(n))
      .sort()) {
      const { doc } = await readInput(join(dir, f));
      const r = await findSources(index, doc);
      const base = (s) => s?.split("/").pop();
      const got = r.match ? r.letters.get(r.match.id)?.source : undefined;
      const outcome = !r.match ? "unmatched" : base(got) === base(expected) ? "right" : "WRONG";
      rows.push({
        text: `${c}/${f}`,
        outcome,
        expected: base(expected),
        got: base(got ?? r.ranked[0]?.source),
        level: r.match?.level ?? r.ranked[0]?.level ?? "none",
        confidence: Number((r.match ?? r.ranked[0])?.confidence?.toFixed(2) ?? 0),
        why: r.why ?? "",
      });
    }
  }
  await index.close();
  const n = (o) => rows.filter((r) => r.outcome === o).length;
  const totals = {
    texts: rows.length,
    rightFirst: n("right"),
    wrong: n("WRONG"),
    wrongHigh: rows.filter((r) => r.outcome === "WRONG" && r.level === "high").length,
    unmatched: n("unmatched"),
  };
  if (json) console.log(JSON.stringify({ rows, totals }, null, 2));
  else {
    for (const r of rows)
      console.log(
        `${r.outcome.padEnd(9)} ${r.text.padEnd(36)} ${r.outcome === "right" ? r.got : `${r.got ?? "-"} (want ${r.expected})`}  ${r.confidence.toFixed(2)} ${r.level}${r.why ? `  — ${r.why}` : ""}`,
      );
    console.log(
      `corpus:real: right report first ${totals.rightFirst}/${totals.texts}, wrong ${totals.wrong} (${totals.wrongHigh} with high confidence), unmatched ${totals.unmatched}`,
    );
  }
} finally {
  if (temp) rmSync(temp, { recursive: true, force: true });
}
