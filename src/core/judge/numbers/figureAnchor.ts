import { type Alignment, alignSentence } from "../../align/alignSentence.js";
import { coverageFor } from "../../align/coverage.js";
import type { Token } from "../../text/tokens.js";
import type { LetterContext } from "../context.js";
import { extractQuantities, fits, type Quantity } from "../numbers.js";

/**
 * A figure restated in other words ("nearly one in five" for 18%, "fewer than four in ten" for 38 per
 * cent, "more than a quarter" for 27%) shares no word with the letter's figure, and its number words
 * ("one", "five", "ten") count against the sentence's share of the letter's words: a faithful
 * restatement of a figure fell below the share that makes a restatement. When a press sentence with a
 * figure is not sourced, it is aligned again with its figures' words set aside; the alignment stands
 * only when a letter sentence it lines up with holds a figure of the same kind that the press figure
 * fits (numbers.ts `fits`, with the hedges' tolerance), so a sentence that merely shares words and
 * gives another figure gains nothing here (the figure rules judge it as before).
 */
export function alignByFigure(
  ctx: LetterContext,
  text: string,
  tokens: Token[],
  isAttribution: (t: Token) => boolean,
  isSourced: (weighted: number, shared: number) => boolean,
): Alignment | undefined {
  const figures = extractQuantities(text).filter((q) => q.numeric);
  if (figures.length === 0) return undefined;
  const inFigure = (t: Token) => figures.some((q) => t.start >= q.start && t.end <= q.end);
  const ignore = (t: Token) => isAttribution(t) || inFigure(t);
  const alignment = alignSentence(ctx.index, tokens, ignore);
  // Only the letter sentences whose figure the press figure fits are its sources: another sentence
  // the words also touch is not restated by it (and must stay an omission when the press leaves it out).
  const fitting = alignment.sources.filter((s) => {
    const letter = ctx.sentences[s];
    return letter !== undefined && holdsFittingFigure(figures, extractQuantities(letter.text));
  });
  if (fitting.length === 0) return undefined;
  const coverage = coverageFor(ctx.index, tokens, ignore)(fitting);
  if (isSourced(coverage.weighted, coverage.shared)) return { sources: fitting, coverage };
  // Two figures that each fit their own figure of one letter sentence ("15% of nurses, down from 27%"
  // for "has dropped from 27% to 15%"; "under two thirds of buses within five minutes" for "63% of
  // buses within 5 minutes") are the finding, whatever words the writer put around them: two shared
  // words are enough then.
  const paired = fitting.filter(
    (s) => pairedFigures(figures, extractQuantities(ctx.sentences[s]?.text ?? "")) >= 2,
  );
  if (paired.length > 0 && coverage.shared >= 2)
    return { sources: paired, coverage: coverageFor(ctx.index, tokens, ignore)(paired) };
  // A survey result told as what the people counted said ("almost three in ten members said they
  // felt ignored" for "in our survey, 29% of members felt ignored"): the verbs of saying and feeling are
  // left out as attribution, so a short sentence keeps only the counted noun and one more word. A
  // figure that fits the letter's figure of the same people, with half the words, restates it.
  const counted = fitting.filter((s) =>
    countsSamePeople(figures, extractQuantities(ctx.sentences[s]?.text ?? "")),
  );
  if (counted.length === 0) return undefined;
  const byCount = coverageFor(ctx.index, tokens, ignore)(counted);
  return byCount.weighted >= SOURCED_BY_COUNT && byCount.shared >= 2
    ? { sources: counted, coverage: byCount }
    : undefined;
}

/** The share of words a sentence needs beside a figure of the same people (see alignByFigure). */
const SOURCED_BY_COUNT = 0.5;

/** A press figure fits a letter figure, both naming the people or things they count, and the same. */
function countsSamePeople(press: readonly Quantity[], letter: readonly Quantity[]): boolean {
  return press.some((p) => p.noun.length > 0 && letter.some((l) => l.noun.length > 0 && sameFigure(p, l)));
}

/** How many press figures fit a letter figure of their own (each letter figure used once). */
function pairedFigures(press: readonly Quantity[], letter: readonly Quantity[]): number {
  const used = new Set<Quantity>();
  let n = 0;
  for (const p of press) {
    const l = letter.find((x) => !used.has(x) && sameFigure(p, x));
    if (!l) continue;
    used.add(l);
    n++;
  }
  return n;
}

/** A press figure fits a letter figure of the same kind that counts the same things (or names none). */
function sameFigure(p: Quantity, l: Quantity): boolean {
  return (
    l.dimension === p.dimension &&
    fits(p, l) &&
    (p.noun.length === 0 || l.noun.length === 0 || p.noun.some((w) => l.noun.includes(w)))
  );
}

/** A press figure fits a letter figure of the same kind that counts the same things (or names none). */
function holdsFittingFigure(press: readonly Quantity[], letter: readonly Quantity[]): boolean {
  return press.some((p) => letter.some((l) => sameFigure(p, l)));
}
