#!/usr/bin/env node
/**
 * Does the vocabulary earn its keep? (issue 12, item 4) For every entry of the judge's word lists
 * (src/core/judge/lexicon.ts: hedges, strengtheners, criticism, praise, caveat openers, softeners,
 * strong criticism), of the synonyms (src/core/text/synonyms.ts: stem groups, word-form groups,
 * phrases), the regulators' names (text/regulatorNames.ts) and the hedges of a figure
 * (judge/numbers/vocabulary.ts): in how many documents (letters and press texts) of each labelled set it matches — the
 * seeds, the invented, held-out and stand-in pairs (test/fixtures) and the real cases (../shared/real).
 * A synonym group is also counted by the pairs it bridges: a letter holding one of its words and a
 * press text of that letter holding another, which is the only place a synonym changes a verdict.
 * Then lists the entries that match no document, or one only.
 *
 *   npm run build && node scripts/lexicon.mjs            print the summary and the two lists
 *   node scripts/lexicon.mjs --all                       also print every entry's counts
 *   node scripts/lexicon.mjs --where                     show where each one-document entry matched
 *   node scripts/lexicon.mjs --write                     write the summary into docs/lexicon.md
 *
 * An entry that matches nothing is not therefore wrong: the lists hold general vocabulary of English
 * and of inspectorates' writing for documents these sets do not have. What the lists must not hold is
 * wording copied from one document (see docs/lexicon.md). Missing parts of ../shared are skipped.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

if (!existsSync("dist/core/judge/lexicon.js")) {
  console.error("lexicon: dist/ not found; run `npm run build` first");
  process.exit(2);
}
const lexicon = await import("../dist/core/judge/lexicon.js");
const synonyms = await import("../dist/core/text/synonyms.js");
const { tokenize } = await import("../dist/core/text/tokens.js");
const { stemWord } = await import("../dist/core/text/stem.js");
const { REGULATOR_NAMES } = await import("../dist/core/text/regulatorNames.js");
const { HEDGE_PHRASES } = await import("../dist/core/judge/numbers/vocabulary.js");
const shared = process.env.PRESSCHECK_SHARED ?? "../shared";
const args = process.argv.slice(2);

// ── The labelled sets: each a list of pairs { letter, press: [texts] } ──
const read = (p) => readFileSync(p, "utf8");
/** The pairs of a folder of pair folders (letter.txt and press-*.txt in each). */
function pairsIn(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .filter((p) => existsSync(join(dir, p, "letter.txt")))
    .map((p) => ({
      name: p,
      letter: read(join(dir, p, "letter.txt")),
      press: readdirSync(join(dir, p))
        .filter((f) => f.startsWith("press-") && f.endsWith(".txt"))
        .sort()
        .map((f) => read(join(dir, p, f))),
    }));
}
const seeds = readdirSync("seeds")
  .filter((f) => f.endsWith(".txt"))
  .sort();
const SEED_LETTER = "001_3ecc2d4aaa3c5f93.txt";
const sets = [
  {
    name: "seeds",
    pairs: [
      {
        name: "seeds",
        letter: read(join("seeds", SEED_LETTER)),
        press: seeds.filter((f) => f !== SEED_LETTER).map((f) => read(join("seeds", f))),
      },
    ],
  },
  ...["invented", "heldout", "standin"].map((name) => ({
    name,
    pairs: pairsIn(join("test/fixtures", name)),
  })),
];
if (existsSync(join(shared, "real"))) sets.push({ name: "real", pairs: pairsIn(join(shared, "real")) });
else console.log(`lexicon: ${join(shared, "real")} not found; the real cases were skipped`);
const SET_NAMES = sets.map((s) => s.name);

// Every document once, with its tokens (for the synonyms) and the norms joined (for the phrases).
const docs = sets.flatMap((set) =>
  set.pairs.flatMap((pair) =>
    [pair.letter, ...pair.press].map((text, i) => {
      const tokens = tokenize(text);
      return {
        set: set.name,
        pair: `${set.name}/${pair.name}`,
        role: i === 0 ? "letter" : "press",
        text,
        stems: new Set(tokens.map((t) => t.stem)),
        norms: new Set(tokens.map((t) => t.norm)),
        joined: tokens.map((t) => t.norm).join(" "),
      };
    }),
  ),
);

// ── The entries: { list, entry, matches(doc) } ──
const entries = [];
const regexEntry = (list, entry) => {
  const re = new RegExp(`\\b(?:${entry})\\b`, "i");
  const context = (d) => {
    const m = re.exec(d.text);
    return m
      ? `${d.pair}: …${d.text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40).replace(/\s+/g, " ")}…`
      : "";
  };
  entries.push({ list, entry, matches: (d) => re.test(d.text), context });
};
for (const [cls, list] of Object.entries(lexicon.HEDGES))
  for (const e of list) regexEntry(`HEDGES.${cls}`, e);
for (const name of [
  "STRENGTHENERS",
  "CRITICISM",
  "PRAISE",
  "CAVEAT_OPENERS",
  "SOFTENERS",
  "STRONG_CRITICISM",
])
  for (const e of lexicon[name]) regexEntry(name, e);
for (const name of REGULATOR_NAMES) regexEntry("REGULATOR_NAMES", name.replace(/ /g, "\\s+"));
// The hedges of a figure ("nearly", "more than"), each alternative read before a number.
for (const [pattern, hedge] of HEDGE_PHRASES) {
  const body = pattern.source.replace(/^\\b/, "").replace(/\$$/, "");
  const inner = body.slice(3, -1);
  const wrapped = body.startsWith("(?:") && body.endsWith(")") && balanced(inner);
  for (const alt of wrapped ? splitTopLevel(inner) : [body]) {
    const re = new RegExp(`\\b(?:${alt})\\s+(?:\\d|a |an |one\\b|half\\b|two\\b|three\\b)`, "i");
    entries.push({ list: `numbers HEDGE_PHRASES ${hedge}`, entry: alt, matches: (d) => re.test(d.text) });
  }
}
for (const group of synonyms.GROUPS) {
  const stems = [...new Set(group.map((w) => stemWord(w)))];
  for (const w of group) {
    const stem = stemWord(w);
    entries.push({
      list: `GROUPS ~${stemWord(group[0])}`,
      entry: w,
      matches: (d) => d.stems.has(stem),
      stems,
    });
  }
}
for (const group of synonyms.WORD_GROUPS)
  for (const w of group)
    entries.push({ list: `WORD_GROUPS ~${stemWord(group[0])}`, entry: w, matches: (d) => d.norms.has(w) });
for (const { pattern, sense } of synonyms.PHRASES) {
  // Each alternative of a phrase pattern (one group around it all) is an entry of its own.
  const inner = pattern.source.slice(5, -3);
  const wrapped = pattern.source.startsWith("\\b(?:") && pattern.source.endsWith(")\\b") && balanced(inner);
  for (const alt of wrapped ? splitTopLevel(inner) : [pattern.source.slice(2, -2)]) {
    const re = new RegExp(`\\b(?:${alt})\\b`);
    entries.push({ list: `PHRASES ${sense}`, entry: alt, matches: (d) => re.test(d.joined) });
  }
}

/** Whether a pattern body opens no group it does not close (so the group around it wraps it all). */
function balanced(body) {
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "\\") i++;
    else if (body[i] === "(") depth++;
    else if (body[i] === ")" && --depth < 0) return false;
  }
  return depth === 0;
}

/** The alternatives of a pattern body at the top level (not inside a group). */
function splitTopLevel(body) {
  const out = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(body.slice(from, i));
      from = i + 1;
    }
  }
  out.push(body.slice(from));
  return out;
}

// ── Counting ──
for (const e of entries) {
  e.docs = Object.fromEntries(SET_NAMES.map((s) => [s, 0]));
  e.total = 0;
  for (const d of docs)
    if (e.matches(d)) {
      e.docs[d.set]++;
      e.total++;
      e.matched = e.context?.(d);
    }
}
/** Pairs a synonym group bridges: the letter has one of its words, a press text of it another. */
function bridged(group) {
  const stems = [...new Set(group.map((w) => stemWord(w)))];
  const byPair = new Map();
  for (const d of docs) {
    const held = stems.filter((s) => d.stems.has(s));
    const p = byPair.get(d.pair) ?? { letter: [], press: [] };
    if (d.role === "letter") p.letter = held;
    else p.press.push(held);
    byPair.set(d.pair, p);
  }
  let n = 0;
  for (const p of byPair.values())
    if (p.press.some((held) => held.some((s) => !p.letter.includes(s)) && p.letter.length > 0)) n++;
  return n;
}

// ── Output ──
const lists = [...new Set(entries.map((e) => e.list))];
const row = (cells) => `| ${cells.join(" | ")} |`;
const lines = [];
lines.push(
  `Documents: ${SET_NAMES.map((s) => `${s} ${docs.filter((d) => d.set === s).length}`).join(", ")} (letters and press texts).`,
  "",
  row([
    "list",
    "entries",
    "match no document",
    "match one document",
    ...SET_NAMES.map((s) => `docs hit (${s})`),
  ]),
  row(["---", "---:", "---:", "---:", ...SET_NAMES.map(() => "---:")]),
);
for (const list of lists) {
  const es = entries.filter((e) => e.list === list);
  const hit = SET_NAMES.map((s) => String(es.filter((e) => e.docs[s] > 0).length));
  lines.push(
    row([
      `\`${list}\``,
      String(es.length),
      String(es.filter((e) => e.total === 0).length),
      String(es.filter((e) => e.total === 1).length),
      ...hit,
    ]),
  );
}
lines.push("", `(docs hit: how many of the list's entries match at least one document of the set.)`);
const groupLines = [
  "",
  "Synonym groups by the pairs they bridge (a letter word and another of the group in its press):",
  "",
];
for (const g of synonyms.GROUPS)
  groupLines.push(`- \`~${stemWord(g[0])}\` (${g.slice(0, 4).join(", ")}…): ${bridged(g)} pairs`);
for (const g of synonyms.WORD_GROUPS)
  groupLines.push(`- \`~${stemWord(g[0])}\` (word forms: ${g.slice(0, 4).join(", ")}…): ${bridged(g)} pairs`);
const summary = [...lines, ...groupLines].join("\n");
console.log(summary);
const name = (e) => `  ${e.list}: ${e.entry}`;
const where = (e) => SET_NAMES.find((s) => e.docs[s] > 0);
console.log(`\nEntries that match no document (${entries.filter((e) => e.total === 0).length}):`);
for (const e of entries.filter((e) => e.total === 0)) console.log(name(e));
console.log(`\nEntries that match one document only (${entries.filter((e) => e.total === 1).length}):`);
for (const e of entries.filter((e) => e.total === 1)) {
  console.log(`${name(e)}  (${where(e)})`);
  // --where: the words it matched there, to judge whether the entry copies that document.
  if (args.includes("--where")) console.log(`      ${e.matched ?? ""}`);
}
if (args.includes("--all")) {
  console.log(`\n${row(["list", "entry", ...SET_NAMES])}`);
  for (const e of entries) console.log(row([e.list, `\`${e.entry}\``, ...SET_NAMES.map((s) => e.docs[s])]));
}
if (args.includes("--write")) {
  const doc = "docs/lexicon.md";
  const [open, close] = [
    "<!-- lexicon-table (node scripts/lexicon.mjs --write) -->",
    "<!-- /lexicon-table -->",
  ];
  const text = read(doc);
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  if (a < 0 || b < 0) {
    console.error(`lexicon: ${doc} lacks the markers ${open} … ${close}`);
    process.exit(2);
  }
  writeFileSync(doc, `${text.slice(0, a + open.length)}\n${summary}\n${text.slice(b)}`);
  console.log(`\nlexicon: wrote the summary into ${doc}`);
}
