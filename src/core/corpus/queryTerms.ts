import { isContentToken, tokenize } from "../text/tokens.js";

/**
 * The words a letter is indexed under and an article is looked up by: stems of content words (so
 * "inspected" meets "inspection"), without function words and single characters.
 */
export function indexTerms(text: string): string[] {
  return tokenize(text)
    .filter((t) => isContentToken(t) && t.norm.length > 1)
    .map((t) => t.stem);
}

/**
 * The article's most telling terms for retrieval: each distinct term scored by how rare it is among
 * the indexed letters (idf) times 1 + the log of how often the article uses it, taken best first while the letters
 * they occur in (their posting lists) stay within `postingBudget` — but always at least `minTerms`.
 * Terms no letter holds cannot retrieve anything and are dropped.
 *
 * The budget keeps look-up time flat however large the corpus: the words every letter holds
 * ("children", "inspectors") have posting lists as long as the corpus and say little about which
 * letter it is, while names, places, dates and unusual words have short lists and say a lot.
 */
export function pickQueryTerms(
  articleText: string,
  documentFrequency: (term: string) => number,
  documentCount: number,
  { maxTerms = 40, minTerms = 6, postingBudget = 10_000 } = {},
): string[] {
  const tf = new Map<string, number>();
  for (const term of indexTerms(articleText)) tf.set(term, (tf.get(term) ?? 0) + 1);
  const scored: Array<{ term: string; df: number; score: number }> = [];
  for (const [term, n] of tf) {
    const df = documentFrequency(term);
    // Rarity first, repetition damped (1 + ln tf): a place name used once outweighs "children" used 30 times.
    if (df > 0) scored.push({ term, df, score: Math.log(1 + documentCount / df) * (1 + Math.log(n)) });
  }
  scored.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
  // Terms in more than half of a sizeable corpus tell nothing (BM25 gives them almost no weight) and
  // cost the most. A text made only of such words cannot single out any letter: it retrieves nothing.
  const pool = documentCount >= 20 ? scored.filter((s) => s.df <= documentCount / 2) : scored;
  const picked: string[] = [];
  let postings = 0;
  for (const s of pool) {
    if (picked.length >= maxTerms) break;
    if (picked.length >= minTerms && postings + s.df > postingBudget) continue;
    picked.push(s.term);
    postings += s.df;
  }
  return picked;
}
