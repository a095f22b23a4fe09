/**
 * What one press document reports of the letter, worked out once per document for the document-stage
 * rules, the omission list and the summary: `isReported` (a letter sentence is a finding's source, or
 * press words report it) and `coverageOf` (how press words report it: whole, in part, or not).
 */

import type { DocumentEvidence } from "../../documentEvidence.js";
import type { LetterFinding } from "../../types.js";
import type { LetterContext } from "../context.js";
import { type FindingCoverage, findingCoverage, type PressEvidence } from "../omissions.js";
import { letterSentenceKeys } from "./evidenceKeys.js";

export interface DocumentCoverage {
  pressEvidence: PressEvidence[];
  coverageOf: (i: number) => FindingCoverage;
  isReported: (i: number) => boolean;
}

/**
 * What the press reports of the letter, from the evidence gathered as its sentences were judged
 * (core/documentEvidence.ts): each letter sentence's answer worked out once, when first asked — the
 * selective and omission rules ask about the same letter sentences many times.
 */
export function documentCoverage(
  ctx: LetterContext,
  letterFindings: LetterFinding[],
  { pressEvidence, reported, pooled }: DocumentEvidence,
): DocumentCoverage {
  // Letters state a finding more than once (summary, main text, recommendations): a letter sentence
  // the press reports also reports the sentences that restate it, by the same measure as press words.
  const restated: PressEvidence[] = [...reported].map((r) => ({
    stems: pooled(letterSentenceKeys(ctx, r)),
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
