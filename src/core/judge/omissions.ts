import { stemWord } from "../text/stem.js";
import { senseOf } from "../text/synonyms.js";
import { isContentToken, type Token, tokenize } from "../text/tokens.js";
import type { Sentence } from "../types.js";
import { isAttributionToken, type LetterContext } from "./context.js";
import { type Polarity, toneOf } from "./polarity.js";

/**
 * A letter finding counts as reported when a press finding cites it as a source, or when one press
 * sentence carries most of the distinctive words of its core (REVERSE_COVERED of their IDF weight,
 * at least REVERSE_SHARED of them, or all of them when the core is shorter) — "a need to make sure
 * every ward round is recorded" reports "not every ward round is recorded". An omission is a
 * critical finding reported in neither way.
 */
export const REVERSE_COVERED = 0.6;
const REVERSE_SHARED = 3;

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
function isCoreToken(t: Token): boolean {
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

/** The keys a word matches under: its stem, its synonym groups, and all again without a negative prefix. */
function keysOf(t: Token): string[] {
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
 * Letter sentences often join several findings ("the information they receive is not always
 * accurate, and as a result they are too slow to act"); a press piece that reports one of them
 * reports the finding. The clauses are the runs between punctuation and coordinating words; a clause
 * counts only with at least REVERSE_SHARED core words, and never a clause of praise inside a critical
 * sentence ("Pupils develop sound number skills, but…"). A clause is a smaller target than a sentence,
 * so only press words in the same tone as the finding report a clause: "had made progress with
 * limited resources" (praise) does not report "too few learners made progress in science".
 */
const CLAUSE_BREAK =
  /[,;:–—]\s*(?:(?:but|and|so|while|whereas|which|with)\s+)?|\s+(?:but|and|so|while|whereas|which|with)\s+/giu;

/**
 * A clause of two core words ("investigations are not always well supervised") is a finding too,
 * but two shared words are a small target: it is reported only when both are there, in press words
 * of the same tone.
 */
const MIN_CLAUSE = 2;

/**
 * A recommendation names who must act before its modal ("Leaders and managers should…", "The trust
 * must…", "Governors need to…"): the addressee, not the finding. The press reports the finding
 * without it ("attendance is poor" reports "The board must improve attendance").
 */
const ADDRESSEE = /^[^,;:.]{0,60}?\b(?:should|must|needs? to|ought to)\b/i;

/**
 * A clause that opens on its verb ("…has improved but remains below the national average", "…is
 * popular but is not used consistently") shares the subject of the sentence's first clause: only
 * words about that subject report it. Without the subject, any press sentence saying that something
 * else is "below the national average" would report it.
 */
const OPENS_ON_VERB =
  /^(?:remains?|remained|is|are|was|were|has|have|had|does|do|did|still|continues?|continued|lacks?|lacked)\b/i;
const FIRST_VERB =
  /\b(?:is|are|was|were|has|have|had|remains?|remained|does|do|did|can|could|will|would|should|must|continues?|continued)\b/i;

/** The first clause's subject words (before its first verb), for a clause at `start` that opens on its verb. */
function sharedSubject(s: Sentence, whole: readonly Token[], start: number, firstClauseEnd: number): Token[] {
  if (!OPENS_ON_VERB.test(s.text.slice(start - s.start).trimStart())) return [];
  const verb = FIRST_VERB.exec(s.text.slice(0, firstClauseEnd - s.start));
  if (!verb) return [];
  return whole.filter((t) => t.end <= s.start + verb.index);
}

/** A part of a finding: the whole sentence (first) or one clause, with its core words and span. */
interface Unit {
  core: Token[];
  start: number;
  end: number;
  /** Its own words read as criticism (a clause that can be omitted on its own). */
  critical: boolean;
}

/** The units a finding may be reported by: the whole sentence, then each of its clauses. */
function units(s: Sentence, tokens: readonly Token[], polarity?: Polarity): Unit[] {
  const addressee = ADDRESSEE.exec(s.text);
  const from = addressee ? s.start + addressee[0].length : s.start;
  const whole = tokens.filter((t) => t.start >= from && isCoreToken(t));
  const out: Unit[] = [{ core: whole, start: s.start, end: s.end, critical: polarity === "critical" }];
  const cuts: { at: number; next: number }[] = [];
  for (const m of s.text.matchAll(CLAUSE_BREAK)) {
    const at = s.start + (m.index ?? 0);
    cuts.push({ at, next: at + m[0].length });
  }
  if (cuts.length === 0) return out;
  const bounds = [{ at: s.start, next: s.start }, ...cuts, { at: s.end, next: s.end }];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = (bounds[i] as { next: number }).next;
    const end = (bounds[i + 1] as { at: number }).at;
    const clause = whole.filter((t) => t.start >= start && t.end <= end);
    if (clause.length < MIN_CLAUSE || clause.length === whole.length) continue;
    const tone = toneOf(s.text.slice(start - s.start, end - s.start));
    if (polarity === "critical" && tone === "positive") continue;
    // Two core words are a finding only when they read as criticism themselves ("services to
    // tenants", cut off a longer list by "and", is not one).
    if (clause.length < REVERSE_SHARED && tone !== "critical") continue;
    const subject = i > 0 ? sharedSubject(s, whole, start, (bounds[1] as { at: number }).at) : [];
    out.push({ core: [...subject, ...clause], start, end, critical: tone === "critical" });
  }
  return out;
}

/** What the omission rule needs to know of one press sentence. */
export interface PressEvidence {
  /** The sentence's word stems, with their synonym groups and un-prefixed forms (evidenceKeys). */
  stems: ReadonlySet<string>;
  /** The sentence's own words (for its tone). */
  text: string;
  /**
   * Every claim in it is unsupported or a quotation the letter lacks. Such words report a finding
   * only in its own tone: "investigations were poorly supervised" (unsupported, overstated) still
   * reports "investigations are not always well supervised"; a made-up quotation of praise reports
   * no criticism, however many topic words it shares with one.
   */
  unsourced: boolean;
  /**
   * Another letter sentence the press reports, not press words. A restatement reports a whole
   * finding, never one clause of it: letters repeat their findings, but two findings sharing a clause
   * ("prisoners were locked in their cells") are often different findings.
   */
  restated?: boolean;
  /** Its tone when read in context rather than alone (see contrastParts). */
  tone?: Polarity;
}

/**
 * A press sentence that turns on a contrast ("Inspectors saw strong work, but a fifth of tenants
 * still waited months for repairs") makes two claims, and the praise before the turn must not hide
 * the criticism after it: the words after "but", "however", "although", "yet" or "while" are evidence
 * of their own, with their own tone, besides the whole sentence.
 */
const CONTRAST =
  /(?:,|;|\s[–—])\s*(?:but|however|although|though|yet|while)\b[,\s]*|\s(?:but|however|although|yet)\s+/giu;

/** How many turns of one sentence are read as parts of their own (see contrastParts). */
export const MAX_CONTRAST_TURNS = 8;

/**
 * The whole text, then the text after each contrast in it. After praise, the turn presents what
 * follows as a shortfall: a part of no tone of its own ("but a fifth of tenants still waited months")
 * reads as criticism.
 */
export function contrastParts(text: string): { text: string; tone?: Polarity }[] {
  const out: { text: string; tone?: Polarity }[] = [{ text }];
  for (const m of text.matchAll(CONTRAST)) {
    // Each part is the rest of the sentence, read again (its tone, its words): a sentence that turns
    // on every other word ("not yet, but … but …") made that quadratic. Real sentences turn at most
    // three or four times; the turns after the first MAX_CONTRAST_TURNS are read as part of the last.
    if (out.length > MAX_CONTRAST_TURNS) break;
    const cut = (m.index ?? 0) + m[0].length;
    const rest = text.slice(cut).trim();
    if (rest.length === 0) continue;
    const turn = toneOf(text.slice(0, m.index ?? 0)) === "positive" && toneOf(rest) === "neutral";
    out.push(turn ? { text: rest, tone: "critical" } : { text: rest });
  }
  return out;
}

/**
 * Press words that say the opposite of a critical finding do not report it: "a strong grip on the
 * quality of its plans" shares the topic of "the quality of plans is variable" but tells the reader
 * the reverse. A press text reads as the opposite when the letter sentence is critical and the press
 * text carries praise and no criticism at all (no marker, no negated practice, no shortfall).
 */
export function contradicts(pressText: string, letterPolarity: Polarity | undefined): boolean {
  return toneContradicts(toneOf(pressText), letterPolarity);
}

/** The same test on a press text's tone already read. */
function toneContradicts(pressTone: Polarity, letterPolarity: Polarity | undefined): boolean {
  return letterPolarity === "critical" && pressTone === "positive";
}

/**
 * How one letter finding is reported: `whole` when press words report the sentence as a whole,
 * `reported` when they report it or any of its clauses, and `omitted` the spans of its critical
 * clauses that nothing reports when only some of them are — "investigations are not always well
 * supervised, and the force does not always record why a victim withdrew" reported only in its first
 * clause still omits the second, and the omission names that clause.
 */
export interface FindingCoverage {
  whole: boolean;
  reported: boolean;
  omitted: { start: number; end: number }[];
}

interface WeightedUnit extends Unit {
  total: number;
  words: { stem: string; keys: string[]; weight: number }[];
  enough: number;
}

/**
 * A letter sentence's units with their weights and keys, built once per letter, sentence and tone:
 * the omission rules ask about the same letter sentences for every press document.
 */
const unitsMemo = new WeakMap<LetterContext, Map<string, WeightedUnit[]>>();
function unitsOf(ctx: LetterContext, s: Sentence, polarity: Polarity | undefined): WeightedUnit[] {
  let memo = unitsMemo.get(ctx);
  if (!memo) {
    memo = new Map();
    unitsMemo.set(ctx, memo);
  }
  const key = `${s.index}:${s.start}:${polarity ?? ""}`;
  let out = memo.get(key);
  if (!out) {
    const tokens = ctx.index.sentenceTokens[s.index] ?? [];
    // The whole sentence comes first (index 0); a core with no weight can never be reported.
    // Per unit, once: its weight, each core word's keys and weight, and how many words must be shared.
    out = units(s, tokens, polarity).map((unit) => {
      let total = 0;
      for (const t of unit.core) total += ctx.index.idf(t.stem);
      const words = unit.core.map((t) => ({ stem: t.stem, keys: keysOf(t), weight: ctx.index.idf(t.stem) }));
      const enough = Math.max(2, Math.min(REVERSE_SHARED, new Set(unit.core.map((t) => t.stem)).size));
      return { ...unit, total, words, enough };
    });
    memo.set(key, out);
  }
  return out;
}

/**
 * Does a set of word keys carry the whole of a critical letter sentence (its core, by the measure of
 * findingCoverage)? For telling which letter sentences restate one another, without building evidence.
 */
export function wholeCarriedBy(ctx: LetterContext, s: Sentence, stems: ReadonlySet<string>): boolean {
  const whole = unitsOf(ctx, s, "critical")[0];
  if (!whole || whole.total === 0) return false;
  let found = 0;
  const shared = new Set<string>();
  for (const w of whole.words) {
    if (w.keys.some((k) => stems.has(k))) {
      found += w.weight;
      shared.add(w.stem);
    }
  }
  return found / whole.total >= REVERSE_COVERED && shared.size >= whole.enough;
}

export function findingCoverage(
  ctx: LetterContext,
  letterSentence: Sentence,
  pressSentences: readonly PressEvidence[],
  letterPolarity?: Polarity,
): FindingCoverage {
  const candidates = unitsOf(ctx, letterSentence, letterPolarity).map((unit) => ({ ...unit, hit: false }));
  for (const press of pressSentences) {
    const tone = press.tone ?? toneOf(press.text);
    if (toneContradicts(tone, letterPolarity)) continue;
    if (press.unsourced && letterPolarity !== undefined && tone !== letterPolarity) continue;
    const sameTone = letterPolarity !== undefined && tone === letterPolarity;
    for (const [u, unit] of candidates.entries()) {
      if (unit.hit || unit.total === 0) continue;
      if (u > 0 && (!sameTone || press.restated)) continue;
      let found = 0;
      const shared = new Set<string>();
      for (const w of unit.words) {
        if (w.keys.some((k) => press.stems.has(k))) {
          found += w.weight;
          shared.add(w.stem);
        }
      }
      if (found / unit.total >= REVERSE_COVERED && shared.size >= unit.enough) unit.hit = true;
    }
    if (candidates[0]?.hit) break;
  }
  const whole = candidates[0]?.hit === true;
  const reported = candidates.some((c) => c.hit);
  const omitted =
    whole || !reported
      ? []
      : candidates
          .slice(1)
          .filter((c) => !c.hit && c.critical)
          .map((c) => ({ start: c.start, end: c.end }));
  return { whole, reported, omitted };
}

/**
 * An item of an improvement list ("◼ Caseloads and regular reflective supervision, so that…", "The
 * robustness of senior management oversight, including for…") names a topic, and the press reports
 * such lists compressed ("eleven areas for improvement, including caseloads and supervision, and the
 * robustness of oversight"; "required improvements included more consistent planning and workforce
 * stability"). Such an item counts as reported by press words of its own tone, or of no tone, that
 * carry LIST_ITEM_COVERED of the weight of its lead phrase — the words before its purpose or
 * qualification (", so that", " to ensure", ", including", ", which") — with at least two of them.
 */
const LIST_ITEM_COVERED = 0.5;
const LEAD_PHRASE_END =
  /,|\s(?:so that|so this|to ensure|to make sure|to minimise|to reduce|to stabilise|including|which|so)\s/i;

/**
 * Press words that introduce the report's improvement list ("eleven areas for improvement, including…",
 * "required improvements included…", "said the council needed to improve…") read as praise to the tone
 * markers ("improvement"), but what they list is the criticism.
 */
const NAMES_IMPROVEMENTS =
  /\b(?:areas?|points?|aspects?|things)\s+(?:for|of|to|needing|requiring|that need(?:ed)?)\s+(?:further\s+)?(?:improvement|development|attention|improve)|\bimprovements?\s+(?:included|include|were needed|are needed|needed|required)|\b(?:required|needed|further)\s+improvements?|\bneed(?:s|ed)?\s+to\s+improve/i;

export function listItemCovered(
  ctx: LetterContext,
  item: Sentence,
  pressSentences: readonly PressEvidence[],
): boolean {
  const cut = LEAD_PHRASE_END.exec(item.text);
  const all = (ctx.index.sentenceTokens[item.index] ?? []).filter(isCoreToken);
  const lead = all.filter((t) => !cut || t.end <= item.start + cut.index);
  // A lead phrase of one topic word ("The quality of assessments, to ensure that…") is read with its qualification.
  const core = new Set(lead.map((t) => t.stem)).size >= 2 ? lead : all;
  const stems = new Set(core.map((t) => t.stem));
  if (stems.size < 2) return false;
  let total = 0;
  const words = core.map((t) => {
    const weight = ctx.index.idf(t.stem);
    total += weight;
    return { stem: t.stem, keys: keysOf(t), weight };
  });
  const itemKeys = new Set<string>();
  for (const t of ctx.index.sentenceTokens[item.index] ?? []) for (const k of keysOf(t)) itemKeys.add(k);
  for (const press of pressSentences) {
    if (press.restated) continue;
    const tone = press.tone ?? toneOf(press.text);
    if (tone === "positive" && !NAMES_IMPROVEMENTS.test(press.text)) continue;
    if (clauseNamesItem(press.text, itemKeys)) return true;
    let found = 0;
    const shared = new Set<string>();
    for (const w of words) {
      if (w.keys.some((k) => press.stems.has(k))) {
        found += w.weight;
        shared.add(w.stem);
      }
    }
    if (found / total >= LIST_ITEM_COVERED && shared.size >= 2) return true;
  }
  return false;
}

/**
 * The other way round: a press clause that names nothing but the item's words reports it ("…, and
 * said the authority needed to improve social workers' caseloads" reports "Manageable caseloads and
 * workload support for social workers"). A clause is a run between commas, semicolons and "and
 * said"-style joins; it needs CLAUSE_NAMES_MIN core words, ITEM_CLAUSE_SHARE of them in the item.
 */
const CLAUSE_NAMES_MIN = 3;
const ITEM_CLAUSE_SHARE = 0.75;
const PRESS_CLAUSE =
  /[,;:]\s*|\s+and\s+(?=(?:said|says|noted|found|added|warned|highlighted|concluded)\b)/giu;

function clauseNamesItem(pressText: string, itemKeys: ReadonlySet<string>): boolean {
  for (const clause of pressText.split(PRESS_CLAUSE)) {
    const core = tokenize(clause).filter((t) => isCoreToken(t) && !isAttributionToken(t));
    const stems = new Set(core.map((t) => t.stem));
    if (stems.size < CLAUSE_NAMES_MIN) continue;
    const named = core.filter((t) => keysOf(t).some((k) => itemKeys.has(k)));
    if (new Set(named.map((t) => t.stem)).size >= ITEM_CLAUSE_SHARE * stems.size) return true;
  }
  return false;
}
