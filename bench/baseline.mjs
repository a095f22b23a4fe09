/**
 * The naive baseline presscheck is measured against: split both texts into sentences with one
 * regex, then for EVERY press sentence score EVERY letter sentence by character-bigram Dice
 * (the measure of string-similarity's compareTwoStrings: lower-cased, white space removed) and keep
 * the best. All pairs, no index: its cost is press sentences × letter sentences × sentence length.
 *
 * It is naive about the algorithm, not wasteful: each sentence's bigram counts are built once per
 * call, so the comparison is against the cheapest honest all-pairs matcher, not a straw man.
 */

/** Sentence ends: `.`, `!` or `?` (optionally followed by a closing quote) before white space, or a blank line. */
const SENTENCE_END = /(?<=[.!?]["'\u201d\u2019]?)\s+|\n\s*\n/;

export function splitSentences(text) {
  return text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Multiset of character bigrams: bigram → count, and the total count. */
function bigrams(sentence) {
  const s = sentence.toLowerCase().replace(/\s+/g, "");
  const counts = new Map();
  for (let i = 0; i < s.length - 1; i++) {
    const b = s.substring(i, i + 2);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return { counts, size: Math.max(0, s.length - 1) };
}

/** Dice coefficient of two bigram multisets: 2·|A ∩ B| / (|A| + |B|). */
function dice(a, b) {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [bigram, count] of small.counts) {
    const other = large.counts.get(bigram);
    if (other !== undefined) shared += Math.min(count, other);
  }
  return (2 * shared) / (a.size + b.size);
}

/** For each press sentence, its best letter sentence (index) and that Dice score. */
export function naiveAlign(letterText, pressText) {
  const letter = splitSentences(letterText).map(bigrams);
  return splitSentences(pressText).map((sentence) => {
    const p = bigrams(sentence);
    let best = -1;
    let score = 0;
    for (let i = 0; i < letter.length; i++) {
      const d = dice(p, letter[i]);
      if (d > score) {
        score = d;
        best = i;
      }
    }
    return { sentence, best, score };
  });
}
