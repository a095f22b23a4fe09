/**
 * What the corpus benches of both backends share (bench/corpusWorker.mjs for the embedded index,
 * bench/pgCorpusWorker.mjs for PostgreSQL): the generated letters, and the timed look-ups of
 * generated articles through `findSources`, end to end as `check --corpus` does them.
 */
import { chooseSeedSentences, generateArticle, generateLetter, placeName } from "./generateLetter.mjs";
import { mulberry32 } from "./prng.mjs";
import { median } from "./stats.mjs";

/** Letter i of the bench corpus: 60 to 119 sentences (the seed letter has about 60), about its own council. */
export const letterText = (i) =>
  generateLetter({ sentences: 60 + (i % 60), seedSentences: [], seed: 1000 + i, place: placeName(i) });

export const rssBytes = () => process.resourceUsage().maxRSS * 1024;

/** This process's CPU time so far, in ms. */
export const ownCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)];

/**
 * Finds the source letter of `queries` generated articles (each written from one letter's sentences,
 * letters picked by a fixed seed among `letters`) and returns latency p50/p95/max, how often the right
 * letter came first and how often it was matched with confidence. `cpuMs` (cumulative CPU time of
 * every process a look-up runs in) gives each look-up's CPU time too: on a machine shared with other
 * work, latency includes waiting for a core; CPU time is what a look-up costs on an idle one.
 */
export async function measureQueries(findSources, index, { letters, queries }, cpuMs = ownCpuMs) {
  const rnd = mulberry32(0xc0de);
  const targets = Array.from({ length: queries }, () => Math.floor(rnd() * letters));
  const articles = targets.map((i, k) => ({
    source: `article-${k}.txt`,
    format: "text",
    text: generateArticle({
      seedSentences: chooseSeedSentences(letterText(i)),
      seed: k,
      place: placeName(i),
    }),
  }));
  // Two untimed look-ups warm the JIT (and a server's prepared statements), as in a long-running process.
  for (const a of articles.slice(0, 2)) await findSources(index, a);
  const times = [];
  const cpu = [];
  let first = 0;
  let matched = 0;
  for (let k = 0; k < articles.length; k++) {
    const c = await cpuMs();
    const t = performance.now();
    const r = await findSources(index, articles[k]);
    times.push(performance.now() - t);
    cpu.push((await cpuMs()) - c);
    if (r.ranked[0]?.source === `letter-${targets[k]}.txt`) first++;
    if (r.match?.source === `letter-${targets[k]}.txt`) matched++;
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    queries: times.length,
    queryP50Ms: median(times),
    queryP95Ms: percentile(times, 0.95),
    queryMaxMs: times[times.length - 1],
    cpuP50Ms: median(cpu),
    cpuP95Ms: percentile(cpu, 0.95),
    rankedFirst: first,
    matchedWithConfidence: matched,
  };
}
