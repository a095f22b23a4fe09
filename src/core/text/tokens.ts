import { stemWord } from "./stem.js";

/** A word of a text with its `[start, end)` offsets and normalised forms. */
export interface Token {
  start: number;
  end: number;
  /** Lower-cased word with curly apostrophes made straight. */
  norm: string;
  /** Porter stem of `norm` (possessive 's dropped): what similarity measures compare. */
  stem: string;
}

/**
 * Words are runs of letters/digits, with inner apostrophes kept ("children's") and hyphens splitting
 * words ("up-to-date" → up, to, date) so hyphenation differences between press and letter do not matter.
 */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The tokens of recent whole short texts: the same sentence, clause or quotation is tokenised by many
 * readers (alignment, each rule, each letter finding's coverage test against each press sentence), and
 * tokenising it again each time was a large share of a comparison. Entries are frozen, so a reader
 * cannot change what the next one gets; the memo is emptied when full, which bounds its memory.
 */
const MEMO_TEXT_CHARS = 2_000;
const MEMO_ENTRIES = 5_000;
const memo = new Map<string, Token[]>();

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const memoised = from === 0 && to === text.length && text.length <= MEMO_TEXT_CHARS;
  if (memoised) {
    const seen = memo.get(text);
    if (seen) return seen;
  }
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    const norm = m[0].toLowerCase().replace(/’/g, "'");
    tokens.push({ start: m.index, end, norm, stem: stemWord(norm.replace(/'s$/, "")) });
  }
  if (memoised) {
    if (memo.size >= MEMO_ENTRIES) memo.clear();
    for (const t of tokens) Object.freeze(t);
    memo.set(text, Object.freeze(tokens) as Token[]);
  }
  return tokens;
}

/** Whether tokenize(text, from, to) has a token, without making any: the first word from `from` ends by `to`. */
export function hasToken(text: string, from: number, to: number): boolean {
  WORD.lastIndex = from;
  const m = WORD.exec(text);
  WORD.lastIndex = 0;
  return m !== null && m.index < to && m.index + m[0].length <= to;
}

/**
 * Function words carry no claim: they are ignored when measuring how much of a sentence a letter
 * sentence accounts for. Hedges and quantifiers ("some", "not", "all") are deliberately NOT here:
 * they matter to the overstatement rules, and as words of a claim.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or of to in on at by for with from as into onto that this these those it its it's is are was were be been being " +
    "has have had do does did so than then there their they them he she his her we our us you your i me my " +
    "which who whom whose what when where while also said says say saying according which's " +
    // "71.4 per cent", "71.4 percent" and "71.4%" say the same: the number carries the meaning
    "per cent percent"
  ).split(" "),
);

export function isContentToken(t: Token): boolean {
  return !STOPWORDS.has(t.norm);
}
