import type { LetterIndex } from "../align/letterIndex.js";
import { regulatorVerbSpans } from "../segment/reportingWords.js";
import { REGULATOR_NAMES } from "../text/regulatorNames.js";
import type { Token } from "../text/tokens.js";
import type { Sentence } from "../types.js";
import type { LetterRegion } from "./overstated.js";

/** What every rule may look at: the letter, its index, and who regulates. */
export interface LetterContext {
  text: string;
  sentences: Sentence[];
  index: LetterIndex;
}

/**
 * Words of attribution ("Ofsted said", "the report noted", "inspectors praised") say who speaks, not
 * what the letter says: they are left out when measuring how much of a press sentence the letter covers.
 */
const ATTRIBUTION_WORDS = new Set([
  // The regulators' one-word names ("ofsted", "hmip"); their longer names are caught by REGULATOR_NAME.
  ...REGULATOR_NAMES.filter((n) => !n.includes(" ")),
  ...(
    "inspector inspectors inspectorate regulator watchdog report letter inspection visit " +
    "said says noted notes found finds highlighted highlights praised praises commented comments warned warns " +
    "concluded concludes added adds stated states observed according positively credited credits cited recognised " +
    "recognises acknowledged acknowledges described describes reported reports told latest also overall felt"
  ).split(" "),
]);

export function isAttributionToken(t: Token): boolean {
  const n = t.norm;
  return ATTRIBUTION_WORDS.has(n.endsWith("'s") ? n.slice(0, -2) : n);
}

/**
 * A regulator's full name as the press writes it, with its acronym: "His Majesty's Inspectorate of
 * Constabulary and Fire & Rescue Services (HMICFRS)", "The Care Quality Commission (CQC)", "the Care
 * Inspectorate". Capitalised words (and of/for/and/&/the) around a regulator head noun. Like the
 * attribution words, it says who speaks, not what the letter says.
 */
const CAP = "[\\p{Lu}][\\p{L}'’&-]*";
const LINK = "(?:of|for|and|&|the)";
const REGULATOR_NAME = new RegExp(
  `(?:(?:${CAP}|${LINK})\\s+){0,6}?(?:Inspectorates?|Commission|Ofsted|Estyn|Regulator|Ombudsman)` +
    `(?:\\s+(?:of|for)(?:\\s+(?:${CAP}|and|&|the))+)?(?:\\s*\\([\\p{Lu}][\\p{L}&]{1,10}\\))?`,
  "gu",
);

/**
 * The head nouns of REGULATOR_NAME, as a literal test: every name holds one, and most sentences hold
 * none, so the name pattern (tried at every word of a sentence) runs only on those that do.
 */
const REGULATOR_HEAD = /Inspectorate|Commission|Ofsted|Estyn|Regulator|Ombudsman/u;

/** `[start, end)` ranges of regulator names in a press sentence (offsets into `text`). */
export function regulatorNameSpans(text: string): { start: number; end: number }[] {
  if (!REGULATOR_HEAD.test(text)) return [];
  return [...text.matchAll(REGULATOR_NAME)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The words a claim's coverage leaves out: attribution words and the regulator's name. */
export function attributionFilter(text: string): (t: Token) => boolean {
  const spans = [...regulatorNameSpans(text), ...regulatorVerbSpans(text)];
  return (t) => isAttributionToken(t) || spans.some((s) => t.start >= s.start && t.end <= s.end);
}

/**
 * How far past the last matched word a region reaches to take in the rest of its clause: the
 * predicate that qualifies the matched subject ("…the response to call bells is getting faster, from a slow start")
 * belongs to the claim, a new clause after a comma or semicolon does not.
 */
const CLAUSE_REACH = 12;

/** Index of the last token of the clause holding token `i`, looking at most `reach` tokens ahead. */
function clauseEnd(text: string, toks: Token[], i: number, reach: number): number {
  let j = i;
  while (j + 1 < toks.length && j + 1 - i <= reach) {
    const between = text.slice((toks[j] as Token).end, (toks[j + 1] as Token).start);
    if (/[,;:()–—]/.test(between)) return j;
    j++;
  }
  return j + 1 >= toks.length ? j : i;
}

/**
 * The part of each source sentence the matched words span, widened by a few words each side and, after
 * the last matched word, to the end of its clause when that is near.
 */
export function regionsOf(ctx: LetterContext, matched: Map<number, number[]>, widen = 3): LetterRegion[] {
  const regions: LetterRegion[] = [];
  for (const [s, idx] of matched) {
    const sentence = ctx.sentences[s];
    const toks = ctx.index.sentenceTokens[s];
    if (!sentence || !toks || idx.length === 0) continue;
    const lastMatched = idx[idx.length - 1] as number;
    const clause = clauseEnd(ctx.text, toks, lastMatched, CLAUSE_REACH);
    const first = toks[Math.max(0, (idx[0] as number) - widen)] as Token;
    const last = toks[Math.min(toks.length - 1, Math.max(lastMatched + widen, clause))] as Token;
    regions.push({
      sentence: { start: sentence.start, end: sentence.end },
      start: first.start,
      end: last.end,
    });
  }
  return regions;
}
