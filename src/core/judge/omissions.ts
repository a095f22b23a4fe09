import { checkDeadline } from "../deadline.js";
import { type KeyRun, runHolds } from "../text/keyPool.js";
import type { Token } from "../text/tokens.js";
import type { Sentence } from "../types.js";
import type { LetterContext } from "./context.js";
import { toneContradicts } from "./omissions/contrast.js";
import { type EvidenceIndex, evidenceIndexOf } from "./omissions/evidenceIndex.js";
import { isCoreToken, keysOf, letterVocabulary } from "./omissions/evidenceKeys.js";
import { type Polarity, toneOf } from "./polarity.js";

export { contradicts, contrastParts, MAX_CONTRAST_TURNS } from "./omissions/contrast.js";
export { evidenceKeys, letterSentenceKeys } from "./omissions/evidenceKeys.js";
export { listItemCovered } from "./omissions/listItems.js";
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
 * Letter sentences often join several findings ("the notes they keep are not always
 * complete, and so they are slow to spot a change"); a press piece that reports one of them
 * reports the finding. The clauses are the runs between punctuation and coordinating words; a clause
 * counts only with at least REVERSE_SHARED core words, and never a clause of praise inside a critical
 * sentence ("Pupils read fluently, but…"). A clause is a smaller target than a sentence,
 * so only press words in the same tone as the finding report a clause: "had done well on
 * a small budget" (praise) does not report "too few learners made progress in science".
 */
const CLAUSE_BREAK =
  /[,;:–—]\s*(?:(?:but|and|so|while|whereas|which|with)\s+)?|\s+(?:but|and|so|while|whereas|which|with)\s+/giu;

/**
 * A clause of two core words ("repairs are not always well recorded") is a finding too,
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
 * A clause that opens on its verb ("…has risen but is still below the national average", "…is
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
   * only in its own tone: "repairs were poorly recorded" (unsupported, overstated) still
   * reports "repairs are not always well recorded"; a made-up quotation of praise reports
   * no criticism, however many topic words it shares with one.
   */
  unsourced: boolean;
  /**
   * Another letter sentence the press reports, not press words. A restatement reports a whole
   * finding, never one clause of it: letters repeat their findings, but two findings sharing a clause
   * ("residents were left in their rooms") are often different findings.
   */
  restated?: boolean;
  /** Its tone when read in context rather than alone (see contrastParts). */
  tone?: Polarity;
}

/**
 * How one letter finding is reported: `whole` when press words report the sentence as a whole,
 * `reported` when they report it or any of its clauses, and `omitted` the spans of its critical
 * clauses that nothing reports when only some of them are — "repairs are not always well
 * recorded, and the landlord does not always say why a job was closed" reported only in its first
 * clause still omits the second, and the omission names that clause.
 */
export interface FindingCoverage {
  whole: boolean;
  reported: boolean;
  omitted: { start: number; end: number }[];
}

/** A unit's core words with their match keys and IDF weights: what the coverage test reads. */
export interface WeightedCore {
  /** The sum of the words' weights. */
  total: number;
  /**
   * One entry per core token (a word used twice counts twice); `slot` numbers its stem within the core;
   * `ids` are its keys' numbers in the letter's vocabulary (evidenceKeys.ts letterVocabulary), in order.
   */
  words: { stem: string; keys: readonly string[]; ids: readonly number[]; weight: number; slot: number }[];
  /** How many distinct stems the core has, and how many of them must be shared. */
  distinct: number;
  enough: number;
}
interface WeightedUnit extends Unit, WeightedCore {}

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
    const vocabulary = letterVocabulary(ctx).idOf;
    // The whole sentence comes first (index 0); a core with no weight can never be reported.
    // Per unit, once: its weight, each core word's keys and weight, and how many words must be shared.
    out = units(s, tokens, polarity).map(({ core, start, end, critical }) => {
      const slots = new Map<string, number>();
      let total = 0;
      const words = core.map((t) => {
        const weight = ctx.index.idf(t.stem);
        total += weight;
        let slot = slots.get(t.stem);
        if (slot === undefined) {
          slot = slots.size;
          slots.set(t.stem, slot);
        }
        const keys = keysOf(t);
        return { stem: t.stem, keys, ids: keys.map((k) => vocabulary.get(k) ?? -1), weight, slot };
      });
      const enough = Math.max(2, Math.min(REVERSE_SHARED, slots.size));
      return { core, start, end, critical, total, words, distinct: slots.size, enough };
    });
    memo.set(key, out);
  }
  return out;
}

/**
 * The whole core of a letter sentence read as a critical finding, or undefined when it has no weight
 * (then nothing carries it): what wholeCarriedBy tests, for a caller that asks about one sentence many times.
 */
export function wholeCore(ctx: LetterContext, s: Sentence): WeightedCore | undefined {
  const whole = unitsOf(ctx, s, "critical")[0];
  return whole !== undefined && whole.total > 0 ? whole : undefined;
}

/**
 * Does a set of word keys carry the whole of a critical letter sentence (its core, by the measure of
 * findingCoverage)? For telling which letter sentences restate one another, without building evidence.
 */
export function wholeCarriedBy(ctx: LetterContext, s: Sentence, stems: ReadonlySet<string>): boolean {
  const whole = wholeCore(ctx, s);
  return whole !== undefined && carries(whole, stems);
}

/**
 * Whether a press evidence may report a unit of a letter sentence of this polarity at all, by its tone:
 * never in the opposite tone; unsourced words only in the finding's own tone; a clause (not the whole
 * sentence) only by press words, not a restatement, in the finding's own tone.
 */
function mayReport(
  press: PressEvidence,
  tone: Polarity,
  letterPolarity: Polarity | undefined,
  clause: boolean,
) {
  if (toneContradicts(tone, letterPolarity)) return false;
  if (press.unsourced && letterPolarity !== undefined && tone !== letterPolarity) return false;
  const sameTone = letterPolarity !== undefined && tone === letterPolarity;
  return !(clause && (!sameTone || press.restated));
}

function eligibleOf(
  index: EvidenceIndex,
  press: readonly PressEvidence[],
  letterPolarity: Polarity | undefined,
  clause: boolean,
): Uint8Array {
  const key = `${letterPolarity ?? ""}:${clause}`;
  let out = index.eligible.get(key);
  if (!out) {
    out = Uint8Array.from(press, (p, i) =>
      mayReport(p, index.tones[i] as Polarity, letterPolarity, clause) ? 1 : 0,
    );
    index.eligible.set(key, out);
  }
  return out;
}

/**
 * Whether press evidence `i` carries `unit` (REVERSE_COVERED of its weight, `enough` distinct words).
 * It stops as soon as the words missed already weigh more than the share it may miss (with a margin far
 * above rounding, so that only a plain no is cut short): most pairs of sentences carry nothing of
 * each other, and the omission list asks about many pairs.
 */
export function carries(unit: WeightedCore, stems: ReadonlySet<string>): boolean {
  return carriesWith(unit, (w) => holdsAny(stems, w.keys));
}

/**
 * carries() over a text's keys stored as a sorted run of the letter vocabulary's numbers (a press
 * document's evidence: documentEvidence.ts): a word's key numbers are looked for in the run directly.
 */
function carriesRun(unit: WeightedCore, run: KeyRun): boolean {
  return carriesWith(unit, (w) => {
    for (const id of w.ids) if (id >= 0 && runHolds(run, id)) return true;
    return false;
  });
}

function carriesWith(unit: WeightedCore, holds: (w: WeightedCore["words"][number]) => boolean): boolean {
  const mayMiss = unit.total * (1 - REVERSE_COVERED) * (1 + 1e-9);
  const now = nextCount(unit.distinct);
  let found = 0;
  let missed = 0;
  let shared = 0;
  for (const w of unit.words) {
    if (holds(w)) {
      found += w.weight;
      if (counted[w.slot] !== now) {
        counted[w.slot] = now;
        shared++;
      }
    } else {
      missed += w.weight;
      if (missed > mayMiss) return false;
    }
  }
  return found / unit.total >= REVERSE_COVERED && shared >= unit.enough;
}

function holdsAny(stems: ReadonlySet<string>, keys: readonly string[]): boolean {
  for (const k of keys) if (stems.has(k)) return true;
  return false;
}

/**
 * Scratch space for carries(), which is asked about many pairs of sentences: the distinct stems it has
 * counted are those whose slot holds the current count's number (no set made per question).
 */
let counted = new Int32Array(64);
let count = 0;
function nextCount(slots: number): number {
  if (counted.length < slots) counted = new Int32Array(2 * slots);
  if (count === 0x7fffffff) {
    counted.fill(0);
    count = 0;
  }
  return ++count;
}

/**
 * Whether some eligible evidence carries `unit`. One pass over the unit's words adds each word's weight
 * to every evidence holding one of its keys (once per word); only evidence whose sum reaches
 * REVERSE_COVERED of the unit's weight (less a margin far above rounding) can carry it, and carries()
 * decides for those alone — most evidence shares a word or two with a unit and no more.
 */
function unitHit(
  index: EvidenceIndex,
  press: readonly PressEvidence[],
  unit: WeightedUnit,
  eligible: Uint8Array,
  byNumber: boolean,
) {
  const { holding, byId, found, wordMark, touched } = index;
  touched.length = 0;
  // Marks only grow: evidence last marked before this unit's first word has no sum yet.
  const first = index.mark + 1;
  for (const w of unit.words) {
    const mark = ++index.mark;
    for (let q = 0; q < w.keys.length; q++) {
      // By the key's number in the letter's vocabulary when the evidence is stored in it (a key the
      // vocabulary lacks, −1, is held by none), else by the key.
      const id = w.ids[q] as number;
      let list: ArrayLike<number> | undefined;
      let from = 0;
      let to = 0;
      if (!byNumber || byId === undefined) {
        list = holding(w.keys[q] as string);
        to = list?.length ?? 0;
      } else if (id >= 0) {
        list = byId.list;
        from = byId.starts[id] as number;
        to = byId.starts[id + 1] as number;
      }
      if (list === undefined) continue;
      for (let p = from; p < to; p++) {
        const i = list[p] as number;
        const last = wordMark[i] as number;
        if (last === mark || eligible[i] === 0) continue;
        if (last < first) touched.push(i);
        wordMark[i] = mark;
        found[i] = (last < first ? 0 : (found[i] as number)) + w.weight;
      }
    }
  }
  const needed = unit.total * REVERSE_COVERED * (1 - 1e-9);
  return touched.some((i) => {
    if ((found[i] as number) < needed) return false;
    const stems = (press[i] as PressEvidence).stems;
    const run = byNumber ? index.pool?.runOf(stems) : undefined;
    return run !== undefined ? carriesRun(unit, run) : carries(unit, stems);
  });
}

export function findingCoverage(
  ctx: LetterContext,
  letterSentence: Sentence,
  pressSentences: readonly PressEvidence[],
  letterPolarity?: Polarity,
): FindingCoverage {
  const units = unitsOf(ctx, letterSentence, letterPolarity);
  const index = evidenceIndexOf(pressSentences);
  // The press document's evidence stored in this letter's vocabulary (documentEvidence.ts): the units'
  // key numbers are its numbers.
  const byNumber = index.byId !== undefined && index.pool?.vocabulary === letterVocabulary(ctx);
  /** Whether some evidence that may report unit `u` (by its tone) carries it. */
  const hit = (u: number): boolean => {
    checkDeadline();
    const unit = units[u] as WeightedUnit;
    if (unit.total === 0) return false;
    const eligible = eligibleOf(index, pressSentences, letterPolarity, u > 0);
    return unitHit(index, pressSentences, unit, eligible, byNumber);
  };
  if (units.length > 0 && hit(0)) return { whole: true, reported: true, omitted: [] };
  const hits = units.map((_, u) => u > 0 && hit(u));
  const reported = hits.some(Boolean);
  const omitted = reported
    ? units.filter((c, u) => u > 0 && !hits[u] && c.critical).map((c) => ({ start: c.start, end: c.end }))
    : [];
  return { whole: false, reported, omitted };
}
