/**
 * Verbs and nouns that give a grade ("rated", "judged to be", "received grades of", "told it
 * requires…", "continues to be", "downgraded to"), followed by the words that may stand between them
 * and the grade: an object ("us", "the practice"), "as", "to be" (see triggerBefore).
 */
const TRIGGER_VERB =
  "\\b(?:(?:re-?)?rated|(?:re-?)?graded|judged|assessed|evaluated|deemed|branded|labell?ed|classed|classified|" +
  "considered|found to be|found to|told(?: that)? (?:it|they|the [\\p{L}]+)(?: (?:is|are|was|were|still|now|would))*|" +
  "(?:continues|continue|continued|continuing) to be|remains|remain|remained|stays|stayed|" +
  "(?:down|up)graded(?: to)?|(?:dropped|fell|slipped|moved|improved|rose|climbed|went) (?:down |up )?to|" +
  // A grade as a noun is given only by a verb of giving: "received grades of adequate", not "the
  // rating of good reflects…" (there the grade is taken as read, and the claim is the rest).
  "(?:received?|receives|receiving|given|gave|awarded|handed|achieved|earned|gained|secured|got|gets|with|holds?|held)" +
  "(?: (?:a|an|the|its|their|our|his|her))?(?: overall)? (?:ratings? of|grades? of|grading of|judge?ments? of|verdict of|score of))";
/** Where a trigger verb starts (searched from a position: `lastIndex`). */
export const TRIGGER_START = new RegExp(TRIGGER_VERB, "giu");
/** A trigger verb ending exactly at the end of the string it is tested on (sticky at its start). */
const TRIGGER_EXACT = new RegExp(`${TRIGGER_VERB}$`, "iuy");
/**
 * The words between a trigger and its grade, one item each: a small word ("us", "as", "to", "be",
 * "overall", "previously"); a determiner with one to three words ("the practice", "its fostering
 * service"); or a bare object of one to four words before "to be" or "as" ("judged leadership to be
 * good", "rated Fernley's fostering service as good", "judged Fernley Council to be good").
 */
const TRIGGER_SMALL_WORD =
  /^(?:us|it|them|him|her|as|to|be|being|been|of|a|an|overall|all|both|also|again|now|still|once|previously|only|just)$/iu;
const TRIGGER_DETERMINER = /^(?:the|this|its|their|our|his|her)$/iu;
const TRIGGER_WORD = /^[\p{L}'’-]+$/u;
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
/** What a bare object stands before: "to be" or "as" (sticky at the end of its last word). */
const TRIGGER_OBJECT_BEFORE = /\s+(?:to\s+be|as)\b/iuy;
/**
 * How far before a grade its trigger is looked for: a verb, an object of a few words and "to be"
 * take well under this in any real sentence (the longest in the real cases is under 80 characters).
 * The bound keeps the search linear in the sentence's length.
 */
export const TRIGGER_REACH = 400;
/** The longest a trigger verb is ("told that the council is still", "received an overall rating of"), with room to spare. */
const TRIGGER_VERB_REACH = 120;

/**
 * A word as triggerBefore splits the text into them: a run of non-space, read with exec from a
 * position. No u flag: with it, a position inside a surrogate pair would be moved back to the pair's
 * start; without it the runs are the same (white space is never a surrogate) and start where asked.
 */
const NON_SPACE_RUN = /\S+/g;

/**
 * The trigger of a grade that `text` ends just before, as `text.match(TRIGGER)` gave it when the
 * trigger was one regular expression — the verb, then items of the object (above) separated by white
 * space, then only white space: `index` is where the verb starts (the leftmost that fits, its longest
 * form first) and `[1]` the object words. As one expression the items' overlapping choices ("his
 * g his g …") made the engine try exponentially many splits; here which ends of the text can be split
 * into items is worked out once, right to left over the words, and each verb is checked against it.
 */
export function triggerBefore(text: string): { index: number; 1: string } | undefined {
  const from = Math.max(0, text.length - TRIGGER_REACH);
  // The words (runs of non-space) from `from` on, and for each, whether the words from it to the end
  // split into items. A word that is not all letters ends every split before it.
  const starts: number[] = [];
  const ends: number[] = [];
  NON_SPACE_RUN.lastIndex = from;
  for (let m = NON_SPACE_RUN.exec(text); m !== null; m = NON_SPACE_RUN.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const n = starts.length;
  const word = (i: number) => text.slice(starts[i], ends[i]);
  const letters = starts.map((_, i) => TRIGGER_WORD.test(word(i)));
  const splits: boolean[] = new Array(n + 1).fill(false);
  splits[n] = true;
  for (let i = n - 1; i >= 0; i--) {
    if (!letters[i]) break;
    const w = word(i);
    let ok = TRIGGER_SMALL_WORD.test(w) && (splits[i + 1] as boolean);
    if (!ok && TRIGGER_DETERMINER.test(w)) {
      for (let k = 2; k <= 4 && i + k <= n && !ok; k++) ok = splits[i + k] as boolean;
    }
    for (let k = 1; k <= 4 && i + k < n && !ok; k++) {
      TRIGGER_OBJECT_BEFORE.lastIndex = ends[i + k - 1] as number;
      ok = (splits[i + k] as boolean) && TRIGGER_OBJECT_BEFORE.test(text);
    }
    // A name as the whole object, just before the grade: "rated Oakfield Primary good" (capitalised
    // words only, so a common noun phrase still needs "to be" or "as").
    if (!ok && i + 4 >= n) ok = starts.slice(i).every((_, j) => NAME_WORD.test(word(i + j)));
    splits[i] = ok;
  }
  /** Whether the text after a verb ending at `end` is items then white space only. */
  const fits = (end: number): boolean => {
    let i = 0;
    while (i < n && (starts[i] as number) < end) i++;
    if (i < n && !/\s/.test(text.charAt(end))) return false;
    if (i === n) return /^\s*$/.test(text.slice(end));
    return splits[i] as boolean;
  };
  TRIGGER_START.lastIndex = from;
  for (let m = TRIGGER_START.exec(text); m; m = TRIGGER_START.exec(text)) {
    const at = m.index;
    // The verb's possible ends at `at` in the order the expression tried them: its first match, then
    // the other whole-word ends, longest first (greedy options: "found to be" before "found to").
    // A verb is a few words: its ends are looked for within TRIGGER_VERB_REACH characters.
    const candidates = [at + m[0].length];
    for (let i = n - 1; i >= 0; i--) {
      const e = ends[i] as number;
      if (e <= at || e > at + TRIGGER_VERB_REACH || e === candidates[0]) continue;
      TRIGGER_EXACT.lastIndex = at;
      if (TRIGGER_EXACT.test(text.slice(0, e))) candidates.push(e);
    }
    for (const end of candidates) {
      if (!fits(end)) continue;
      const objectEnd = Math.max(end, text.trimEnd().length);
      return { index: at, 1: text.slice(end, objectEnd) };
    }
    TRIGGER_START.lastIndex = at + 1;
  }
  return undefined;
}
