/**
 * A finding widened to another scope. Inspectorates say where a finding holds — "In the sixth form,
 * students …", "Pupils in Year 2 read fluently", "Residents on the ground floor …" — and the press
 * restates it with a universal scope in its place: "in every year group", "across all the wards". The
 * rest of the words are the letter's, so it reads as a paraphrase; but a finding about one part is now
 * claimed of all of them. Overstated when the press has "in/across/for/throughout every/each/all …", the
 * letter sentence it restates has no universal word of its own, names a place or part with "in …" that
 * the press leaves out, and does not name the press's noun (the letter's "subjects" may already be the
 * scope the press means).
 */

/** A universal scope in the press: "in every subject", "across all of the wards", "for each unit". */
const UNIVERSAL_SCOPE =
  /\b(?:in|across|for|throughout)\s+(?:every|each|all)(?:\s+of)?(?:\s+(?:the|its|their|our))?\s+([\p{L}-]+)/iu;

/** A letter sentence with one of these is already about the whole. */
const LETTER_UNIVERSAL =
  /\b(?:every|each|all|always|any|whole|throughout|across|everyone|everything|entire|wide)\b/i;

/** A part the letter's finding is limited to: "in" and the word that names it. */
const LETTER_IN = /\bin\s+(?:the\s+)?([\p{L}-]+)/giu;

/** Words after "in" that name no part: determiners, idioms of manner and time. */
const NOT_A_PART = new Set(
  (
    "a an this that these those their its his her our your my some most many place time order addition " +
    "particular general line response part turn practice future recent which what how whom"
  ).split(" "),
);

const stem = (w: string) => w.toLowerCase().replace(/(?:es|s)$/, "");

/** Why the press widens the scope of `letterSentences` (the sentences it restates), or undefined. */
export function widenedScope(press: string, letterSentences: readonly string[]): string | undefined {
  const scope = UNIVERSAL_SCOPE.exec(press);
  if (!scope) return undefined;
  const noun = stem(scope[1] ?? "");
  const pressWords = new Set((press.match(/[\p{L}-]+/gu) ?? []).map(stem));
  for (const s of letterSentences) {
    if (LETTER_UNIVERSAL.test(s)) continue;
    const words = new Set((s.match(/[\p{L}-]+/gu) ?? []).map(stem));
    if (words.has(noun)) continue;
    for (const part of s.matchAll(LETTER_IN)) {
      const w = (part[1] ?? "").toLowerCase();
      if (NOT_A_PART.has(w) || pressWords.has(stem(w))) continue;
      return `widens the letter's "${part[0]}" to "${scope[0]}"`;
    }
  }
  return undefined;
}

/**
 * "Not … all" made "not … any". English negates a universal in two strengths: "fire drills were
 * not held for all residents" (some were missed) and "drills were not held for any of the residents"
 * (none were done). The letter's partial negation ("not … all / every / always", "not all …") restated
 * as a total one ("not … any", "none of", "no …") widens a shortfall about some to a shortfall about
 * everyone: overstated. A letter sentence that itself says "any" or "none" is left alone.
 */
const PARTIAL_NEGATION = /\b(?:not|n't|never)\b[^.;]{0,80}?\b(?:all|every|always)\b|\bnot (?:all|every)\b/i;
const TOTAL_NEGATION = /\b(?:not|n't|never)\b[^.;]{0,80}?\b(?:any|anyone|anybody)\b|\bnone of\b/i;
const LETTER_TOTAL = /\b(?:any|anyone|anybody|none|no one|nobody)\b/i;

/** Why the press turns the letter's "not … all" into "not … any", or undefined. */
export function partialMadeTotal(press: string, letterSentences: readonly string[]): string | undefined {
  const total = TOTAL_NEGATION.exec(press);
  if (!total || PARTIAL_NEGATION.test(press)) return undefined;
  for (const s of letterSentences) {
    const partial = PARTIAL_NEGATION.exec(s);
    if (partial && !LETTER_TOTAL.test(s))
      return `makes the letter's "${partial[0]}" (some) into "${total[0]}" (none)`;
  }
  return undefined;
}
