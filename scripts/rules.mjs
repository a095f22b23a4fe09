#!/usr/bin/env node
/**
 * Do the judge's rules earn their keep? (issue 12) For every rule of src/core/judge/rules/ (and the
 * revisions of decide.ts): how many findings it decides on the seeds, the invented and held-out pairs
 * (test/fixtures) and the real cases (../shared/real); how often it is right where a gold label exists
 * (precision), and what share of the gold items of its kind or flag it gets right (recall); and which
 * rules decide findings of one document only, or none.
 *
 *   npm run rules                  print the table
 *   npm run rules -- --write       also write it into docs/rules.md and its summary into README.md (between markers)
 *   npm run rules -- --check       exit 1 when either differs from today's (CI)
 *
 * Runs on the build (dist/, `npm run build` first), in this process. A finding is matched to a gold item
 * as ../shared/tools/score.mjs matches them (the item's press words inside the finding's press text, or
 * a long enough common run); a rule is right on it when the gold kinds include the finding's kind — for
 * a flag rule, when the gold flags include its flag. Parts of ../shared that are missing are skipped with
 * one line each.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

const built = "dist/core/judge/decide.js";
if (!existsSync(built)) {
  console.error("rules: dist/ not found; run `npm run build` first");
  process.exit(2);
}
const shared = process.env.PRESSCHECK_SHARED ?? "../shared";
const { runComparison } = await import("../dist/cli/run.js");
const decide = await import(`../${built}`);
const { CLAIM_RULES, QUOTE_RULES } = await import("../dist/core/judge/rules/index.js");
const { CLAUSE_CAVEAT_RULE } = await import("../dist/core/judge/clauseCaveat.js");

/** Every rule id with its description, in the order of the precedence tables. */
const described = new Map([...CLAIM_RULES, ...QUOTE_RULES].map((r) => [r.id, r.describe]));
const RULES = [
  ...decide.CLAIM_PRECEDENCE.map((r) => r.rule),
  ...decide.QUOTE_PRECEDENCE.map((r) => r.rule),
  ...decide.FLAG_RULES.map((r) => r.rule),
  ...[...decide.CLAIM_REVISIONS, ...decide.QUOTE_REVISIONS, ...decide.DOCUMENT_REVISIONS].map((r) => {
    described.set(r.id, r.describe);
    return r.id;
  }),
  CLAUSE_CAVEAT_RULE,
].filter((id, i, all) => all.indexOf(id) === i);
described.set(CLAUSE_CAVEAT_RULE, "the caveat clause after a turn in the same letter sentence, dropped");
/** The flag a rule raises: it is judged by that flag, not by the kind. */
const FLAG_OF = new Map([
  ...decide.FLAG_RULES.map((r) => [r.rule, r.flag]),
  ["selective-caveat", "selective"],
  [CLAUSE_CAVEAT_RULE, "selective"],
]);

// The labelled sets: [name, gold file, folder its paths are relative to].
const sets = [];
const seedsGold = join(shared, "gold/seeds.json");
if (existsSync(seedsGold)) sets.push({ name: "seeds", pairs: [{ gold: seedsGold, root: "." }] });
else console.log(`rules: ${seedsGold} not found; the seeds were skipped`);
for (const name of ["invented", "heldout", "standin"]) {
  const dir = join("test/fixtures", name);
  const pairs = existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .filter((p) => existsSync(join(dir, p, "labels.json")))
        .map((p) => ({ gold: join(dir, p, "labels.json"), root: "." }))
    : [];
  sets.push({ name, pairs });
}
const real = join(shared, "real");
if (existsSync(real))
  sets.push({
    name: "real",
    pairs: readdirSync(real)
      .sort()
      .filter((c) => existsSync(join(real, c, "gold.json")))
      .map((c) => ({ gold: join(real, c, "gold.json"), root: join(real, c) })),
  });
else console.log(`rules: ${real} not found; the real cases were skipped`);

// As ../shared/tools/score.mjs: normalised text, and the finding that holds a gold item's press words.
const norm = (s) =>
  String(s ?? "")
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
function overlap(a, b) {
  let best = 0;
  const prev = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const keep = prev[j];
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j] > best) best = prev[j];
      diag = keep;
    }
  }
  return best;
}
function findingFor(findings, snippet) {
  const s = norm(snippet);
  const whole = findings.find((f) => norm(f.press.text).includes(s));
  if (whole) return whole;
  let best = null;
  let bestLen = 0;
  for (const f of findings) {
    const len = overlap(norm(f.press.text), s);
    if (len > bestLen) {
      best = f;
      bestLen = len;
    }
  }
  return bestLen >= 0.6 * s.length ? best : null;
}

const stats = new Map(
  RULES.map((id) => [id, { fires: {}, docs: new Set(), labelled: 0, right: 0, produced: new Map() }]),
);
const goldOf = { kinds: new Map(), flags: new Map() };
const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

for (const set of sets) {
  for (const pair of set.pairs) {
    const gold = JSON.parse(readFileSync(pair.gold, "utf8"));
    const at = (p) => join(pair.root, p);
    const c = await runComparison(
      at(gold.letter),
      gold.documents.map((d) => at(d.press)),
      {},
      () => {},
    );
    for (const doc of c.documents) {
      const docKey = `${set.name}:${doc.source}`;
      for (const f of doc.findings)
        for (const id of f.rules) {
          const s = stats.get(id);
          if (!s) continue;
          s.fires[set.name] = (s.fires[set.name] ?? 0) + 1;
          s.docs.add(docKey);
          bump(s.produced, FLAG_OF.get(id) ?? f.kind);
        }
      const g = gold.documents.find((d) => basename(d.press) === basename(doc.source));
      for (const item of g?.items ?? []) {
        for (const k of item.kinds) bump(goldOf.kinds, k);
        for (const fl of item.flags ?? []) bump(goldOf.flags, fl);
        const f = findingFor(doc.findings, item.press);
        if (!f) continue;
        for (const id of f.rules) {
          const s = stats.get(id);
          if (!s) continue;
          s.labelled++;
          const flag = FLAG_OF.get(id);
          if (flag ? (item.flags ?? []).includes(flag) : item.kinds.includes(f.kind)) s.right++;
        }
      }
    }
  }
}

const pct = (a, b) => (b ? `${Math.round((100 * a) / b)}%` : "–");
const setNames = sets.map((s) => s.name);
/** The kind (or flag) a rule gives most often: recall is the share of the gold items of it that the rule gets right. */
function target(s) {
  return [...s.produced].sort((a, b) => b[1] - a[1])[0]?.[0];
}
const rows = RULES.map((id) => {
  const s = stats.get(id);
  const t = target(s);
  const goldTotal = t ? (goldOf.flags.get(t) ?? goldOf.kinds.get(t) ?? 0) : 0;
  return [
    `\`${id}\``,
    ...setNames.map((n) => String(s.fires[n] ?? 0)),
    String(s.docs.size),
    t ?? "–",
    `${s.right}/${s.labelled}`,
    pct(s.right, s.labelled),
    goldTotal ? pct(s.right, goldTotal) : "–",
    described.get(id) ?? "",
  ];
});
const header = ["rule", ...setNames, "docs", "gives", "right", "precision", "recall", "what it detects"];
const LEFT = new Set(["rule", "gives", "what it detects"]);
const table = [
  `| ${header.join(" | ")} |`,
  `|${header.map((h) => (LEFT.has(h) ? "---" : "---:")).join("|")}|`,
  ...rows.map((r) => `| ${r.join(" | ")} |`),
].join("\n");
const never = RULES.filter((id) => stats.get(id).docs.size === 0);
const once = RULES.filter((id) => stats.get(id).docs.size === 1);
const notes = [
  `Rules that decide no finding of any labelled document: ${never.length ? never.map((r) => `\`${r}\``).join(", ") : "none"}.`,
  `Rules that decide findings of one document only: ${once.length ? once.map((r) => `\`${r}\``).join(", ") : "none"}.`,
].join("\n\n");
const body = `${table}\n\n${notes}`;
console.log(body);

// The README's accuracy section carries a one-paragraph summary of the table (issue 12: the table's
// findings in the README), docs/rules.md the whole table; both between markers, written and checked here.
const decided = RULES.map((id) => stats.get(id)).filter((s) => s.labelled > 0);
const rightAll = decided.reduce((n, s) => n + s.right, 0);
const labelledAll = decided.reduce((n, s) => n + s.labelled, 0);
const weakest = RULES.filter((id) => stats.get(id).labelled > 0)
  .map((id) => ({ id, s: stats.get(id) }))
  .sort((x, y) => x.s.right / x.s.labelled - y.s.right / y.s.labelled || y.s.labelled - x.s.labelled)
  .slice(0, 4);
const summary = [
  `${RULES.length} rules; on the labelled findings they decide (${setNames.join(", ")}) they are right`,
  `${rightAll.toLocaleString("en-GB")}/${labelledAll.toLocaleString("en-GB")} times (${Math.round((100 * rightAll) / labelledAll)} %).`,
  `Weakest: ${weakest.map((w) => `\`${w.id}\` ${w.s.right}/${w.s.labelled}`).join(", ")}.`,
  `Deciding one document only: ${once.length}; none: ${never.length}.`,
].join(" ");
console.log(`\n${summary}`);

const complete = setNames.includes("seeds") && setNames.includes("real");
const blocks = [
  {
    path: "docs/rules.md",
    start: "<!-- rules-table (npm run rules -- --write) -->",
    end: "<!-- /rules-table -->",
    body,
  },
  {
    path: "README.md",
    start: "<!-- rules-summary (npm run rules -- --write) -->",
    end: "<!-- /rules-summary -->",
    body: summary,
  },
];
if (process.argv.includes("--write") || process.argv.includes("--check")) {
  let stale = false;
  for (const { path: docPath, start: START, end: END, body: text } of blocks) {
    const doc = readFileSync(docPath, "utf8");
    const a = doc.indexOf(START);
    const b = doc.indexOf(END);
    if (a < 0 || b < a) {
      console.error(`rules: ${docPath} has no ${START} … ${END} markers`);
      process.exit(2);
    }
    const fresh = `${doc.slice(0, a + START.length)}\n${text}\n${doc.slice(b)}`;
    if (!complete)
      console.log(`rules: ${docPath} left as it is (its table counts the seeds and the real cases)`);
    else if (process.argv.includes("--write")) {
      writeFileSync(docPath, fresh);
      console.log(`rules: wrote the table into ${docPath}`);
    } else if (fresh !== doc) {
      console.error(
        `rules: the table in ${docPath} is stale: run \`npm run build && npm run rules -- --write\``,
      );
      stale = true;
    }
  }
  if (stale) process.exit(1);
}
