/**
 * One quotation (the part of it inside one press sentence), analysed once before any rule reads it: the
 * quoted words, who they are attributed to, the sentence's topic outside the quotation marks, and where
 * the letter has them (align/matchQuote.ts). The rules (rules/quote*.ts) only read this.
 */
import { matchQuote, type QuoteMatch } from "../align/matchQuote.js";
import type { AnalysedQuote } from "../segment/analyse.js";
import { isContentToken, tokenize } from "../text/tokens.js";
import type { Sentence } from "../types.js";
import { withFields } from "../withFields.js";
import type { LetterContext } from "./context.js";

export interface QuoteAnalysis {
  /** The press document's text, and the press sentence holding the quotation. */
  pressText: string;
  pressSentence: string;
  q: AnalysedQuote;
  /** Offsets of the quoted words inside this sentence, and the words themselves. */
  start: number;
  end: number;
  quoted: string;
  /** Stems of the sentence's content words outside every quotation and the frame (topicStems). */
  topic: string[];
  /** Where the letter has the quoted words; none for someone else's words, which are never matched. */
  match?: QuoteMatch;
  /** The letter sentences the match overlaps, and the letter's words it spans. */
  letter: Sentence[];
  letterWords: string;
}

/**
 * Words that frame a quotation rather than say what it is about: the regulator and its documents, and
 * reporting verbs ("Inspectors described … as", "the report said"). They are left out of the topic.
 */
const FRAME_WORDS: ReadonlySet<string> = new Set(
  (
    "inspector inspectors inspection inspected regulator report reports reported letter said says saying " +
    "described describes describing found finds noted notes praised praises highlighted highlights " +
    "recognised recognized criticised criticized added stated states concluded judged rated called " +
    "labelled branded told according also own words"
  ).split(" "),
);

/** Quoted passages inside a press sentence: straight or curly double quotes, curly single quotes. */
const QUOTED_PASSAGE = /"[^"]*"?|“[^”]*”?|‘[^’]*’?/g;

/**
 * The press sentence's topic: stems of its content words outside every quotation and outside the
 * frame — what the quoted words are said about ("help for apprentices with extra needs" in
 * 'Inspectors described help for apprentices with extra needs as "exemplary"').
 */
export function topicStems(pressSentence: string): string[] {
  // Every quotation of a sentence asks for the same stems: they are worked out once per sentence.
  if (lastTopic?.sentence === pressSentence) return lastTopic.stems;
  const stems = readTopicStems(pressSentence);
  lastTopic = { sentence: pressSentence, stems };
  return stems;
}

let lastTopic: { sentence: string; stems: string[] } | undefined;

function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function readTopicStems(pressSentence: string): string[] {
  const unquoted = pressSentence.replace(QUOTED_PASSAGE, (m) => " ".repeat(m.length));
  return tokenize(unquoted)
    .filter((t) => isContentToken(t) && !FRAME_WORDS.has(t.norm) && !startsWithDigit(t.norm))
    .map((t) => t.stem);
}

/**
 * The letter sentences overlapping [start, end). The letter's sentences stand in text order and do not
 * overlap, so the first is found by halving and the rest follow it: a long quotation has many pieces,
 * and each would otherwise read every sentence of the letter.
 */
function overlapping(sentences: readonly Sentence[], start: number, end: number): Sentence[] {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Sentence).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Sentence[] = [];
  for (let i = lo; i < sentences.length; i++) {
    const s = sentences[i] as Sentence;
    if (s.start >= end) break;
    if (start < s.end) out.push(s);
  }
  return out;
}

export function analyseQuote(
  ctx: LetterContext,
  pressText: string,
  pressSentence: string,
  q: AnalysedQuote,
  start: number,
  end: number,
): QuoteAnalysis {
  const base = { pressText, pressSentence, q, start, end, quoted: pressText.slice(start, end) };
  if (q.speaker === "other") return withFields(base, { topic: [], letter: [], letterWords: "" });
  const topic = topicStems(pressSentence);
  const match = matchQuote(ctx.index, pressText, start, end, topic);
  if (match.grade === "none") return withFields(base, { topic, match, letter: [], letterWords: "" });
  return withFields(base, {
    topic,
    match,
    letter: overlapping(ctx.sentences, match.start, match.end),
    letterWords: ctx.text.slice(match.start, match.end),
  });
}
