/**
 * The Porter stemmer of `natural` 6.10 (lib/natural/stemmers/porter_stemmer.js), step for step and with
 * its quirks, doing less work per word. natural tries each of step 2's and step 3's 29 suffixes in turn
 * (building a RegExp for each one that ends the word), categorises the word into consonant and vowel
 * groups before it knows whether the answer matters, and runs two more patterns per measure; a one-shot
 * `check` stems each distinct word of a full report twice, and that was ≈ 5 % of its CPU. Here the
 * suffix rules are looked up by the word's last letter, the cheap test comes first, and the patterns
 * left are linear. The output is the same for every input: test/core/text/porterStemmer.test.ts
 * compares the two on every short word over the letters the rules test, on generated words and on the
 * seeds' vocabulary (docs/design.md, "Start-up").
 *
 * Where natural matches a pattern, the comment above the code quotes it. Strings are read in UTF-16
 * code units, as those non-Unicode patterns read them; `.` in them does not match a line terminator.
 */

const isVowel = (c: string | undefined) => c === "a" || c === "e" || c === "i" || c === "o" || c === "u";
const isLineTerminator = (c: string | undefined) =>
  c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029";

/** `String.prototype.substr(start, length)`, which natural uses (and the linter rightly forbids). */
function substr(s: string, start: number, length = s.length): string {
  const from = start < 0 ? Math.max(s.length + start, 0) : Math.min(start, s.length);
  return s.slice(from, from + Math.max(length, 0));
}

/**
 * Runs of consonants as C and of vowels as V. natural writes it
 * `.replace(/[^aeiouy]+y/g, "CV").replace(/[aeiou]+/g, "V").replace(/[^V]+/g, "C")`, whose first pattern
 * rescans a run of consonants from each of its letters when no "y" follows (quadratic in a long token).
 * The same in linear passes: that first pass turns a "y" after a letter other than aeiouy into a V of its
 * own (not merged with the vowels after it) and the run before it into a C, which the last pass makes of
 * any run of letters that are not V anyway.
 */
export function categorizeGroups(token: string): string {
  return token
    .replace(/([^aeiouy])y/g, "$1V")
    .replace(/[aeiou]+/g, "V")
    .replace(/[^V]+/g, "C");
}

/** Each letter as C or V, as natural writes it. */
function categorizeChars(token: string): string {
  return token
    .replace(/[^aeiouy]y/g, "CV")
    .replace(/[aeiou]/g, "V")
    .replace(/[^V]/g, "C");
}

/**
 * Whether categorizeGroups(token) has a V: a vowel, or a "y" after a letter other than aeiouy (which
 * the first pass turns into "CV").
 */
const HAS_VOWEL_GROUP = /[aeiou]|[^aeiouy]y/;

/** The measure M: VC sequences, an initial C and a final V dropped (a half when V is doubled). */
export function measure(token: string | null): number {
  if (!token) return -1;
  const groups = categorizeGroups(token);
  // .replace(/^C/, "").replace(/V$/, ""): the V test on what is left after the C is dropped.
  const from = groups[0] === "C" ? 1 : 0;
  const to = groups.length > from && groups[groups.length - 1] === "V" ? groups.length - 1 : groups.length;
  return (to - from) / 2;
}

/** `/([^aeiou])\1$/`: ends with a doubled letter other than a vowel. */
function endsWithDoubleConsonant(token: string): boolean {
  const n = token.length;
  return n >= 2 && token[n - 1] === token[n - 2] && !isVowel(token[n - 1]);
}

/** Suffix rules ([suffix, replacement], in natural's order) by the last letter of the suffix. */
type SuffixRules = ReadonlyMap<string, readonly (readonly [string, string])[]>;
function byLastLetter(rules: readonly (readonly [string, string])[]): SuffixRules {
  const out = new Map<string, (readonly [string, string])[]>();
  for (const r of rules) {
    const last = r[0][r[0].length - 1] as string;
    out.set(last, [...(out.get(last) ?? []), r]);
  }
  return out;
}

/** natural's attemptReplace for a suffix: `token.replace(new RegExp(suffix + "$"), replacement)`, or null. */
function replaceSuffix(token: string, suffix: string, replacement: string): string | null {
  return token.endsWith(suffix) ? token.slice(0, token.length - suffix.length) + replacement : null;
}

/**
 * natural's attemptReplacePatterns: every rule whose suffix, stripped from the word as it came, leaves
 * more than `threshold` measure, is applied in turn to the word as the earlier rules left it.
 */
function replaceSuffixes(token: string, rules: SuffixRules, threshold?: number): string {
  let replacement = token;
  // Only a rule whose suffix ends the word as it came can pass the test (a null leaves measure -1), or
  // apply at all when there is no threshold (step 1b's rules), so only those are read, in order.
  for (const [suffix, to] of rules.get(token[token.length - 1] as string) ?? []) {
    if (threshold === undefined || measure(replaceSuffix(token, suffix, "")) > threshold) {
      replacement = replaceSuffix(replacement, suffix, to) || replacement;
    }
  }
  return replacement;
}

function step1a(token: string): string {
  // (ss|i)es$ → $1
  if (token.endsWith("sses") || token.endsWith("ies")) return token.slice(0, -2);
  if (token.endsWith("s") && substr(token, -2, 1) !== "s" && token.length > 2) return token.slice(0, -1);
  return token;
}

const STEP1B_RULES = byLastLetter([
  ["at", "ate"],
  ["bl", "ble"],
  ["iz", "ize"],
]);

/** The callback of step 1b, on the word with "ed" or "ing" stripped. */
function afterEdOrIng(token: string): string | null {
  if (!HAS_VOWEL_GROUP.test(token)) return null;
  const result = replaceSuffixes(token, STEP1B_RULES);
  if (result !== token) return result;
  const last = token[token.length - 1];
  // endsWithDoublCons(token) && /[^lsz]$/ → drop the last letter
  if (endsWithDoubleConsonant(token) && last !== "l" && last !== "s" && last !== "z")
    return token.slice(0, -1);
  // measure 1, ending consonant-vowel-consonant, and /[^wxy]$/ → add "e"
  if (
    measure(token) === 1 &&
    substr(categorizeChars(token), -3) === "CVC" &&
    last !== "w" &&
    last !== "x" &&
    last !== "y"
  )
    return `${token}e`;
  return token;
}

function step1b(token: string): string {
  if (substr(token, -3) === "eed") {
    if (measure(substr(token, 0, token.length - 3)) > 0) return token.slice(0, -1);
    return token;
  }
  // attemptReplace(token, /(ed|ing)$/, "", callback): the callback runs on a non-empty result only.
  const suffix = token.endsWith("ed") ? 2 : token.endsWith("ing") ? 3 : 0;
  if (suffix === 0) return token;
  const stripped = token.slice(0, -suffix);
  const result = stripped ? afterEdOrIng(stripped) : stripped;
  return result || token;
}

function step1c(token: string): string {
  if (!token.endsWith("y")) return token;
  const groups = categorizeGroups(token);
  return substr(groups, 0, groups.length - 1).includes("V") ? `${token.slice(0, -1)}i` : token;
}

const STEP2_RULES = byLastLetter([
  ["ational", "ate"],
  ["tional", "tion"],
  ["enci", "ence"],
  ["anci", "ance"],
  ["izer", "ize"],
  ["abli", "able"],
  ["bli", "ble"],
  ["alli", "al"],
  ["entli", "ent"],
  ["eli", "e"],
  ["ousli", "ous"],
  ["ization", "ize"],
  ["ation", "ate"],
  ["ator", "ate"],
  ["alism", "al"],
  ["iveness", "ive"],
  ["fulness", "ful"],
  ["ousness", "ous"],
  ["aliti", "al"],
  ["iviti", "ive"],
  ["biliti", "ble"],
  ["logi", "log"],
]);

const STEP3_RULES = byLastLetter([
  ["icate", "ic"],
  ["ative", ""],
  ["alize", "al"],
  ["iciti", "ic"],
  ["ical", "ic"],
  ["ful", ""],
  ["ness", ""],
]);

/** natural's replacePatterns. */
const replaceAll = (token: string, rules: SuffixRules, threshold: number) =>
  replaceSuffixes(token, rules, threshold) || token;

const STEP4_SUFFIX = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
const STEP4_ION = /^(.+?)(s|t)(ion)$/;

/** natural's replaceRegex(token, pattern, [1] or [1, 2], 1) for step 4's two patterns. */
function step4(token: string): string {
  const suffix = STEP4_SUFFIX.exec(token);
  if (suffix !== null && measure(suffix[1] as string) > 1) return suffix[1] as string;
  const ion = STEP4_ION.exec(token);
  if (ion !== null && measure(`${ion[1]}${ion[2]}`) > 1) return `${ion[1]}${ion[2]}`;
  return token;
}

function step5a(token: string): string {
  const base = token.endsWith("e") ? token.slice(0, -1) : token;
  const m = measure(base);
  if (m > 1) return base;
  if (m !== 1) return token;
  // Measure 1: the "e" goes unless categorizeChars(token).substr(-4, 3) === "CVC" && /[^wxy].$/.
  const n = token.length;
  const cvcBeforeLast =
    substr(categorizeChars(token), -4, 3) === "CVC" &&
    n >= 2 &&
    !"wxy".includes(token[n - 2] as string) &&
    !isLineTerminator(token[n - 1]);
  return cvcBeforeLast ? token : base;
}

function step5b(token: string): string {
  return token.endsWith("ll") && measure(token) > 1 ? token.slice(0, -1) : token;
}

/** natural's `PorterStemmer.stem`. */
export function porterStem(token: string): string {
  if (token.length < 3) return token;
  let t = step1a(token.toLowerCase());
  t = step1b(t);
  t = step1c(t);
  t = replaceAll(t, STEP2_RULES, 0);
  t = replaceAll(t, STEP3_RULES, 0);
  return step5b(step5a(step4(t)));
}
