import { createRequire } from "node:module";
import { STEMS_AT_LOAD } from "./stemsAtLoad.js";

interface Stemmer {
  stem(word: string): string;
}

// Only the Porter stemmer module of `natural` is loaded: the package index pulls in the whole
// library (≈ 380 ms at start-up), the stemmer alone takes a few milliseconds.
const require = createRequire(import.meta.url);
const porter = require("natural/lib/natural/stemmers/porter_stemmer") as Stemmer;

const cache = new Map<string, string>();
// The engine's own vocabulary, stemmed when the bundle was built (empty when run from the sources).
for (let i = 0; i + 1 < STEMS_AT_LOAD.length; i += 2)
  cache.set(STEMS_AT_LOAD[i] as string, STEMS_AT_LOAD[i + 1] as string);

/** The words stemmed so far and their stems (the build reads them after loading the engine: stemsAtLoad.ts). */
export function stemsSoFar(): [word: string, stem: string][] {
  return [...cache];
}

/** Number words stem to their digits, so "ten seconds" meets "10 seconds". */
const NUMBER_WORDS = new Map(
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
    .split(" ")
    .map((w, i) => [w, String(i)] as const),
);

/**
 * Porter stem of a lower-case word, applied twice, memoised (letters repeat the same vocabulary).
 * One pass leaves derivations apart that a paraphrase moves between ("timeliness" → "timeli" but
 * "timely" → "time"); a second pass joins them (both → "time") and leaves other stems unchanged.
 */
export function stemWord(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = /^\d+$/.test(word) ? word : (NUMBER_WORDS.get(word) ?? secondPass(porter.stem(word)));
    if (cache.size > 50_000) cache.clear();
    cache.set(word, s);
  }
  return s;
}

const secondPasses = new Map<string, string>();
/**
 * The second Porter pass, memoised by the first pass's stem: the words of a family share their first
 * stem ("inspected", "inspecting", "inspection" → "inspect"), so the stemmer runs once per stem, not
 * once per word. natural's stemmer builds a pattern per suffix it tries, so on a cold run of a full
 * report each call it saves is tens of microseconds.
 */
function secondPass(firstStem: string): string {
  let s = secondPasses.get(firstStem);
  if (s === undefined) {
    s = porter.stem(firstStem);
    if (secondPasses.size > 50_000) secondPasses.clear();
    secondPasses.set(firstStem, s);
  }
  return s;
}
