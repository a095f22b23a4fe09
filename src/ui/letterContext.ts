import type { LetterFinding, Span } from "../core/types.js";

export interface ContextLine {
  sentence: LetterFinding;
  /** The sentence is (part of) the source the finding or omission points at. */
  isSource: boolean;
}

function overlaps(a: Span, b: Pick<Span, "start" | "end">): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The letter sentences around `spans`: each sentence overlapping a span, plus `radius` sentences before
 * and after, in letter order, without repeats. Empty when no sentence overlaps (e.g. quote-not-found).
 */
export function letterContext(
  sentences: readonly LetterFinding[],
  spans: readonly Pick<Span, "start" | "end">[],
  radius = 2,
): ContextLine[] {
  const sourceAt = new Set<number>();
  sentences.forEach((sentence, i) => {
    if (spans.some((span) => overlaps(sentence, span))) sourceAt.add(i);
  });
  const shown = new Set<number>();
  for (const i of sourceAt) {
    for (let j = Math.max(0, i - radius); j <= Math.min(sentences.length - 1, i + radius); j++) shown.add(j);
  }
  return [...shown]
    .sort((a, b) => a - b)
    .flatMap((i) => {
      const sentence = sentences[i];
      return sentence ? [{ sentence, isSource: sourceAt.has(i) }] : [];
    });
}
