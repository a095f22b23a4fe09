import { type KeyVocabulary, keyVocabulary } from "../../text/keyPool.js";
import { stemWord } from "../../text/stem.js";
import { senseOf } from "../../text/synonyms.js";
import { isContentToken, type Token } from "../../text/tokens.js";
import type { LetterContext } from "../context.js";
import { memo } from "../rules/rule.js";

/**
 * Words that say how strongly, how often or by whom a finding must be acted on, not what it is about:
 * negations and hedges ("not always", "without", "well enough", "consistently"), quantifiers of a problem
 * ("too many", "most"), modals and verbs of a recommendation ("leaders must urgently improve…",
 * "should ensure that…", "strengthen…"), linking words ("however", "particularly") and aspect nouns
 * ("the quality of…", "the accuracy of…"). A press piece reports the finding's subject and predicate
 * in its own register ("nearly half of inmates were confined to their cells" reports "too many
 * inmates spent most of the day confined to their cells"), so coverage is measured on the rest: the
 * finding's core. The overstatement rules, not this one, judge whether the strength was kept.
 */
const NOT_CORE: ReadonlySet<string> = new Set(
  (
    "however although but yet still also very too many much most more less few little long often " +
    "not no never without always consistently sufficiently enough well fully adequately properly " +
    "particularly especially including notably urgently quickly rigorously precisely closely " +
    "should must need needs ought ensure ensured ensuring improve improves improved strengthen " +
    "develop raise increase make made sure can could will would may might " +
    "quality accuracy consistency effectiveness impact rigour standard standards"
  )
    .split(" ")
    .map(stemWord),
);

/**
 * A token of the finding's core: a content word, not a hedge, quantifier or recommendation verb, and
 * not a paragraph number or list label ("1.7", "R2", "a)") that a press piece never repeats.
 */
export function isCoreToken(t: Token): boolean {
  return isContentToken(t) && !NOT_CORE.has(t.stem) && !/^(?:[a-z]|[a-z]?\d+[a-z]?)$/.test(t.norm);
}

/**
 * Negative prefixes: "inaccurate", "unsafe", "insufficient" name the same topic as "accurate", "safe",
 * "sufficient" (the tone rules, not this one, tell criticism from praise), so a press word counts for
 * the letter word with or without the prefix.
 */
const NEGATIVE_PREFIX = /^(?:in|un|im)(?=[a-z]{4})/;
/** Participles are left alone: "unlocked" and "locked", "unannounced" and "announced" are opposites of fact. */
const PARTICIPLE = /(?:ed|ing)$/;

/**
 * Words that name the same thing in inspection reports and their coverage, used here only — to tell
 * whether a finding is reported — and not by alignment: people in custody ("inmates", "men" for
 * prisoners), leaving custody, housing, numeracy, attendance and settings. Other groups come from
 * text/synonyms.ts.
 */
const OMISSION_GROUPS: readonly (readonly string[])[] = [
  ["prisoner", "prisoners", "inmate", "inmates", "offender", "offenders", "men"],
  ["release", "released", "discharge", "discharged"],
  ["accommodation", "housing"],
  ["mathematics", "maths", "math", "numeracy"],
  ["attendance", "attend", "attending", "absence", "absences"],
  ["context", "contexts", "situation", "situations", "setting", "settings"],
];
const OMISSION_SENSE = new Map<string, string>();
for (const group of OMISSION_GROUPS) {
  const id = `≈${stemWord(group[0] as string)}`;
  for (const w of group) OMISSION_SENSE.set(stemWord(w), id);
}

/**
 * The keys a word matches under: its stem, its synonym groups, and all again without a negative prefix.
 * They depend on the word's form alone and are asked for every word of every press sentence, clause and
 * letter finding the omission tests read: kept per form (emptied when full, which bounds the memory),
 * and shared, so no reader may change them.
 */
const KEYS_MEMO_ENTRIES = 50_000;
const keysMemo = new Map<string, { stem: string; keys: readonly string[] }>();
export function keysOf(t: Token): readonly string[] {
  const seen = keysMemo.get(t.norm);
  if (seen?.stem === t.stem) return seen.keys;
  const keys = readKeys(t);
  if (keysMemo.size >= KEYS_MEMO_ENTRIES) keysMemo.clear();
  keysMemo.set(t.norm, { stem: t.stem, keys });
  return keys;
}

function readKeys(t: Token): string[] {
  const keys = [t.stem];
  const bare = PARTICIPLE.test(t.norm) ? t.norm : t.norm.replace(NEGATIVE_PREFIX, "");
  if (bare !== t.norm) keys.push(stemWord(bare));
  for (const k of [...keys]) {
    const sense = senseOf(k);
    if (sense) keys.push(sense);
    const own = OMISSION_SENSE.get(k);
    if (own) keys.push(own);
  }
  return keys;
}

/** Every key of a text's words, for the coverage test. */
export function evidenceKeys(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) for (const k of keysOf(t)) out.add(k);
  return out;
}

/**
 * A letter sentence's keys, read once per letter: the omission list (a finding restating another) and
 * every press document's coverage (a reported sentence restating a finding) ask for the same sentences.
 */
const letterKeys = new WeakMap<LetterContext, Map<number, Set<string>>>();
export function letterSentenceKeys(ctx: LetterContext, index: number): Set<string> {
  const perLetter = memo(letterKeys, ctx, () => new Map<number, Set<string>>());
  return memo(perLetter, index, () => evidenceKeys(ctx.index.sentenceTokens[index] ?? []));
}

/**
 * Every key of the letter's words, numbered once per letter: the only keys the omission tests ever ask
 * a press document's evidence about (a finding's units, a list item's words, a restated sentence are all
 * letter words). A press document's evidence is stored in this vocabulary (core/documentEvidence.ts): a
 * press word no letter word shares a key with cannot report a finding, and is not stored.
 */
const vocabularies = new WeakMap<LetterContext, KeyVocabulary>();
export function letterVocabulary(ctx: LetterContext): KeyVocabulary {
  return memo(vocabularies, ctx, () => {
    const keys: string[] = [];
    for (const toks of ctx.index.sentenceTokens) for (const t of toks) keys.push(...keysOf(t));
    return keyVocabulary(keys);
  });
}
