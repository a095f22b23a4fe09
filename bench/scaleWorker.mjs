/**
 * One scaling measurement in a fresh process: `node bench/scaleWorker.mjs '<json spec>'`, where the
 * spec is { impl: "presscheck" | "baseline", sentences, warmup, minRuns, maxRuns, budgetMs }.
 * It prints one JSON line with the warm timings and the memory of the process.
 *
 * A process per size keeps the sizes apart: the 10,000-sentence run's heap does not inflate the
 * 100-sentence one's numbers, and `process.resourceUsage().maxRSS` (the kernel's peak resident set)
 * then belongs to this size alone. The peak RSS includes Node itself (~40-50 MB), so the RSS after
 * loading the code and generating the inputs, before any comparison, is reported too.
 */
import { readFileSync } from "node:fs";
import { naiveAlign } from "./baseline.mjs";
import { chooseSeedSentences, generateArticle, generateLetter } from "./generateLetter.mjs";
import { timeWarm } from "./stats.mjs";

const spec = JSON.parse(process.argv[2] ?? "{}");
const root = new URL("../", import.meta.url);
const { compare, forgetPreparedLetters } = await import(new URL("dist/core/compare.js", root).href);

const seedSentences = chooseSeedSentences(
  readFileSync(new URL("seeds/001_3ecc2d4aaa3c5f93.txt", root), "utf8"),
);
const letterText = generateLetter({ sentences: spec.sentences, seedSentences });
const articleText = generateArticle({ seedSentences });
const letter = { source: `generated-${spec.sentences}.txt`, text: letterText, format: "text" };
const article = { source: "generated-article.txt", text: articleText, format: "text" };

const run =
  spec.impl === "baseline"
    ? () => naiveAlign(letterText, articleText)
    : () => {
        // The whole pipeline each call: compare() would otherwise keep the letter prepared between calls.
        forgetPreparedLetters?.();
        return compare(letter, [article]);
      };

const kb = 1024;
const rssBeforeBytes = process.resourceUsage().maxRSS * kb;
// heapUsed is sampled after each call while its result is still referenced: the live size of a
// comparison, a lower bound on the heap's peak during the call (compare is synchronous, so it cannot
// be sampled mid-call without instrumenting it; maxRSS below is the true peak of the process).
let heapUsedPeakBytes = 0;
let last;
const timing = timeWarm(
  () => {
    last = run();
    heapUsedPeakBytes = Math.max(heapUsedPeakBytes, process.memoryUsage().heapUsed);
  },
  { warmup: spec.warmup, minRuns: spec.minRuns, maxRuns: spec.maxRuns, budgetMs: spec.budgetMs },
);

process.stdout.write(
  `${JSON.stringify({
    impl: spec.impl,
    sentences: spec.sentences,
    letterChars: letterText.length,
    articleSentences: spec.impl === "baseline" ? last.length : last.documents[0].summary.sentences,
    // The engine's own count of the letter's sentences (headings and address lines included).
    letterSentencesSegmented: spec.impl === "baseline" ? undefined : last.letter.sentences.length,
    ...timing,
    rssBeforeBytes,
    maxRSSBytes: process.resourceUsage().maxRSS * kb,
    heapUsedPeakBytes,
  })}\n`,
);
