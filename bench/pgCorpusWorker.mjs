/**
 * PostgreSQL corpus measurement in a fresh process (so each peak RSS is its own):
 * `node bench/pgCorpusWorker.mjs '<json spec>'`, spec { phase: "build" | "query", letters, queries, url }.
 *   build: generates `letters` letters (the same generator and seeds as the embedded bench) and adds
 *          them through PgCorpusIndex in chunks of 2,000 (generated as they go: the client holds one
 *          chunk), as `index add` of a large folder does; reports time, letters/s, database size.
 *   query: opens the index and finds the source letter of `queries` generated articles end to end
 *          (retrieval in SQL, candidates' texts, evidence, clues), as `check --corpus` does.
 * Prints one JSON line.
 */
import { chooseSeedSentences, generateArticle, generateLetter, placeName } from "./generateLetter.mjs";
import { mulberry32 } from "./prng.mjs";
import { median } from "./stats.mjs";

const spec = JSON.parse(process.argv[2] ?? "{}");
const root = new URL("../", import.meta.url);
const { PgCorpusIndex } = await import(new URL("dist/corpus/pgIndex.js", root).href);
const { findSources } = await import(new URL("dist/corpus/findSources.js", root).href);
const { letterMeta } = await import(new URL("dist/core/corpus/letterMeta.js", root).href);

const letterText = (i) =>
  generateLetter({ sentences: 60 + (i % 60), seedSentences: [], seed: 1000 + i, place: placeName(i) });
const rssBytes = () => process.resourceUsage().maxRSS * 1024;
const CHUNK = 2000;

const index = await PgCorpusIndex.open(spec.url);
try {
  if (spec.phase === "build") {
    let corpusChars = 0;
    const t = performance.now();
    for (let from = 0; from < spec.letters; from += CHUNK) {
      const docs = [];
      for (let i = from; i < Math.min(spec.letters, from + CHUNK); i++) {
        const text = letterText(i);
        corpusChars += text.length;
        docs.push({ source: `letter-${i}.txt`, text, format: "text", meta: letterMeta(text) });
      }
      await index.add(docs);
      process.stderr.write(`  postgres build: ${Math.min(spec.letters, from + CHUNK)}/${spec.letters}\r`);
    }
    const buildMs = performance.now() - t;
    process.stderr.write("\n");
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: spec.url });
    await client.connect();
    const size = await client.query("select pg_database_size(current_database()) as bytes");
    const tables = await client.query(
      `select relname, pg_total_relation_size(c.oid) as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'presscheck' and c.relkind = 'r' order by 2 desc`,
    );
    await client.end();
    process.stdout.write(
      `${JSON.stringify({
        letters: spec.letters,
        corpusChars,
        buildMs,
        lettersPerSecond: spec.letters / (buildMs / 1000),
        diskBytes: Number(size.rows[0].bytes),
        tableBytes: Object.fromEntries(tables.rows.map((r) => [r.relname, Number(r.bytes)])),
        maxRSSBytes: rssBytes(),
      })}\n`,
    );
  } else {
    const rnd = mulberry32(0xc0de);
    const targets = Array.from({ length: spec.queries }, () => Math.floor(rnd() * spec.letters));
    const articles = targets.map((i, k) => ({
      source: `article-${k}.txt`,
      format: "text",
      text: generateArticle({
        seedSentences: chooseSeedSentences(letterText(i)),
        seed: k,
        place: placeName(i),
      }),
    }));
    for (const a of articles.slice(0, 2)) await findSources(index, a);
    const times = [];
    let first = 0;
    for (let k = 0; k < articles.length; k++) {
      const t = performance.now();
      const r = await findSources(index, articles[k]);
      times.push(performance.now() - t);
      if (r.ranked[0]?.source === `letter-${targets[k]}.txt`) first++;
    }
    times.sort((a, b) => a - b);
    process.stdout.write(
      `${JSON.stringify({
        queries: times.length,
        queryP50Ms: median(times),
        queryP95Ms: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)],
        queryMaxMs: times[times.length - 1],
        rankedFirst: first,
        maxRSSBytes: rssBytes(),
      })}\n`,
    );
  }
} finally {
  await index.close();
}
