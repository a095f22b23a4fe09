/**
 * What one press document reports of the letter, worked out once per document for the document-stage
 * rules, the omission list and the summary: `isReported` (a letter sentence is a finding's source, or
 * press words report it) and `coverageOf` (how press words report it: whole, in part, or not).
 */

import { overlappingPerSpan } from "../../text/bounded.js";
import { tokenize } from "../../text/tokens.js";
import type { LetterFinding, Sentence, SourceDocument } from "../../types.js";
import type { LetterContext } from "../context.js";
import type { Draft } from "../judgeSentences.js";
import { type FindingCoverage, findingCoverage, type PressEvidence } from "../omissions.js";
import { contradicts, contrastParts } from "./contrast.js";
import { evidenceKeys } from "./evidenceKeys.js";

export interface DocumentCoverage {
  pressEvidence: PressEvidence[];
  coverageOf: (i: number) => FindingCoverage;
  isReported: (i: number) => boolean;
}

/**
 * Which letter sentences the press reports (as a source, or in other words). Press words that say the
 * opposite of a critical source (its quoted words, or the whole sentence) do not report it.
 */
function reportedSources(drafts: readonly Draft[], doc: SourceDocument, letterFindings: LetterFinding[]) {
  const reported = new Set<number>();
  for (const d of drafts) {
    if (d.judgement.kind === "not-checked") continue;
    const said = d.quote
      ? doc.text.slice(d.quote.inner.start, d.quote.inner.end)
      : doc.text.slice(d.press.start, d.press.end);
    // The letter's own words (copied, or quoted exactly) report it whatever their tone read alone.
    const ownWords = d.judgement.kind === "copied" || d.judgement.kind === "quote-exact";
    for (const l of d.judgement.letter)
      if (ownWords || !contradicts(said, letterFindings[l.index]?.polarity)) reported.add(l.index);
  }
  return reported;
}

/** A letter sentence's word keys, read once per letter (a restated sentence is evidence for every press document). */
const sentenceKeys = new WeakMap<LetterContext, Map<number, Set<string>>>();
function keysOfLetterSentence(ctx: LetterContext, index: number): Set<string> {
  let memo = sentenceKeys.get(ctx);
  if (!memo) {
    memo = new Map();
    sentenceKeys.set(ctx, memo);
  }
  let keys = memo.get(index);
  if (!keys) {
    keys = evidenceKeys(ctx.index.sentenceTokens[index] ?? []);
    memo.set(index, keys);
  }
  return keys;
}

export function documentCoverage(
  ctx: LetterContext,
  letterFindings: LetterFinding[],
  doc: SourceDocument,
  drafts: readonly Draft[],
  sentences: readonly Sentence[],
): DocumentCoverage {
  const reported = reportedSources(drafts, doc, letterFindings);
  // Each press sentence's stems once, and each letter sentence's answer once: the selective and
  // omission rules ask about the same letter sentences many times. A sentence whose every claim is
  // unsupported or a quotation the letter lacks reports nothing of the letter.
  // A sentence that turns on a contrast is also read from the turn on (contrastParts).
  const draftsOf = overlappingPerSpan(sentences, drafts, (d) => d.press);
  const pressEvidence: PressEvidence[] = sentences.flatMap((s, k) => {
    const own = draftsOf[k] ?? [];
    const unsourced =
      own.length > 0 &&
      own.every((d) => d.judgement.kind === "unsupported" || d.judgement.kind === "quote-not-found");
    return contrastParts(s.text).map((part) => ({
      stems: evidenceKeys(tokenize(part.text)),
      text: part.text,
      tone: part.tone,
      unsourced,
    }));
  });
  // Letters state a finding more than once (summary, main text, recommendations): a letter sentence
  // the press reports also reports the sentences that restate it, by the same measure as press words.
  const restated: PressEvidence[] = [...reported].map((r) => ({
    stems: keysOfLetterSentence(ctx, r),
    text: ctx.sentences[r]?.text ?? "",
    unsourced: false,
    restated: true,
  }));
  const evidence = [...pressEvidence, ...restated];
  const coverageMemo = new Map<number, FindingCoverage>();
  const coverageOf = (i: number): FindingCoverage => {
    let answer = coverageMemo.get(i);
    if (answer === undefined) {
      const s = ctx.sentences[i];
      answer =
        s === undefined
          ? { whole: false, reported: false, omitted: [] }
          : findingCoverage(ctx, s, evidence, letterFindings[i]?.polarity);
      coverageMemo.set(i, answer);
    }
    return answer;
  };
  return { pressEvidence, coverageOf, isReported: (i) => reported.has(i) || coverageOf(i).reported };
}
