/**
 * What a judging rule is (ESLint-like): an id, one line saying what it detects, and `applies`, which
 * reads one press sentence's analysis (computed once, see claimAnalysis.ts and quoteAnalysis.ts) and
 * returns evidence. A rule never decides alone: decide.ts turns the evidence of every rule into the
 * finding's kind and flags through one table of precedence.
 */
import type { Flag, Judgement } from "../../types.js";
import type { ClaimAnalysis } from "../claimAnalysis.js";
import type { LetterContext } from "../context.js";
import type { QuoteAnalysis } from "../quoteAnalysis.js";

/** What a rule reads: one press sentence without checkable quotation marks, or one quotation of it. */
export type SentenceAnalysis = ClaimAnalysis | QuoteAnalysis;

/** A kind a rule proposes, with what goes with it: the letter sources, the similarity, the diff, why. */
export interface Verdict extends Judgement {
  /** Per source sentence, the letter offset where the matched words end (claims). */
  matchedEnds?: Map<number, number>;
  /** Letter offsets of the matched words (quotations). */
  matched?: { start: number; end: number };
}

/** What one rule found about one sentence or quotation: a kind it proposes, or a flag it raises. */
export type Evidence = { rule: string; verdict: Verdict } | { rule: string; flag: Flag };

interface RuleMeta {
  /** Kebab-case name of what the rule detects ("follow-up-visit"); findings list it in `rules`. */
  id: string;
  /** One line for `npm run rules` and docs/rules.md. */
  describe: string;
}

/** A rule over a press sentence without checkable quotation marks. */
export interface ClaimRule extends RuleMeta {
  applies(analysis: ClaimAnalysis, letter: LetterContext): Evidence[];
}

/** A rule over the quoted words of one quotation (the part of it inside one press sentence). */
export interface QuoteRule extends RuleMeta {
  applies(analysis: QuoteAnalysis, letter: LetterContext): Evidence[];
}

/**
 * A rule that revises a decided judgement in the light of the whole sentence (its grade claims, whose
 * words it reports): it returns the revised judgement, or nothing when it leaves it as it is.
 */
export interface RevisionRule<A> extends RuleMeta {
  revise(decided: Verdict, analysis: A, letter: LetterContext): Verdict | undefined;
}

/** Evidence proposing `verdict`, from rule `rule`. */
export function verdictOf(rule: string, verdict: Verdict): Evidence[] {
  return [{ rule, verdict }];
}

/**
 * Evidence that a claim says what the letter does not: "unsupported", no letter source, with the
 * share of its words the best alignment covered (the finding's `closest` is drawn from that alignment).
 */
export function unsupportedClaim(rule: string, a: ClaimAnalysis, reason: string): Evidence[] {
  return verdictOf(rule, {
    kind: "unsupported",
    flags: [],
    letter: [],
    similarity: a.weighted,
    matchedEnds: a.matchedEnds,
    reason,
  });
}

/** A line that is not a claim at all (site furniture, a release label): not checked, sharing nothing with the letter. */
export function notAClaimLine(rule: string, reason: string): Evidence[] {
  return verdictOf(rule, {
    kind: "not-checked",
    flags: [],
    letter: [],
    similarity: 0,
    matchedEnds: new Map(),
    reason,
  });
}

/** A `Map` or `WeakMap`: what `memo` keeps its answers in. */
interface MemoCache<K, T> {
  has(key: K): boolean;
  get(key: K): T | undefined;
  set(key: K, value: T): unknown;
}

/**
 * A value worked out once per key and shared by those that need it (the understatement both the
 * `understated` flag and the paraphrase's reason name, cached by analysis; a letter's answers, cached by
 * letter context or sentence), kept in `cache`. A stored `false` or `undefined` is an answer too.
 */
export function memo<K, T>(cache: MemoCache<K, T>, key: K, compute: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  return value;
}

/** What the document stage knows once every sentence of a press document is judged. */
export interface DocumentFacts {
  /** The document reports on another regulator document (differentDocument.ts). */
  differentDocument: boolean;
  /** Whether the press reports a letter sentence, in any form. */
  isReported(letterSentence: number): boolean;
  /** Whether a press sentence other than `own` reports the letter clause `clause`. */
  reportedByOtherWords(clause: string, own: { start: number; end: number }): boolean;
}

/** One judged piece of a press document, as the document stage sees it. */
export interface JudgedPiece {
  press: { start: number; end: number; text: string };
  /** It judges a quotation (not the press's own claim). */
  quoted: boolean;
  /** Letter sentence index → end offset of the matched words in it. */
  matchedEnds: Map<number, number>;
}

/** A rule over a decided finding in the light of the whole press document. */
export interface DocumentRule extends RuleMeta {
  /** The revised judgement, and the id of the rule (or sub-rule) that revised it; nothing if unchanged. */
  revise(
    decided: Verdict,
    piece: JudgedPiece,
    facts: DocumentFacts,
    letter: LetterContext,
  ): { rule: string; verdict: Verdict } | undefined;
}
