import type { Token } from "../text/tokens.js";
import type { Sentence, Speaker } from "../types.js";
import { withFields } from "../withFields.js";
import { analyseClaim, type ClaimAnalysis } from "./claimAnalysis.js";
import type { LetterContext } from "./context.js";
import { CLAIM_PRECEDENCE, CLAIM_REVISIONS, type Decision, decideByRules, revise } from "./decide.js";
import { CLAIM_RULES } from "./rules/index.js";

export interface ClaimJudgement extends Decision {
  /** Per source sentence, the letter offsets its matched words span. */
  matchedEnds: Map<number, number>;
  /** For an unsupported claim: the letter passage closest to it (see `closestPassage`). */
  closest?: { letterStart: number; letterEnd: number; similarity: number };
}

/**
 * The letter sentence that shares most of an unsupported claim's words — its best partial match,
 * from the alignment already done — with the share of the claim's distinctive words the alignment
 * accounts for.
 */
function closestPassage(a: ClaimAnalysis, ctx: LetterContext): ClaimJudgement["closest"] {
  let best: { s: number; n: number } | undefined;
  for (const [s, idx] of a.alignment?.coverage.matchedInSource ?? [])
    if (!best || idx.length > best.n) best = { s, n: idx.length };
  const sentence = best && best.n > 0 ? ctx.sentences[best.s] : undefined;
  if (!sentence || a.weighted <= 0) return undefined;
  return { letterStart: sentence.start, letterEnd: sentence.end, similarity: Math.min(1, a.weighted) };
}

/**
 * The rules' evidence about an analysed claim, decided by the precedence table — and, with `revised`,
 * revised by the whole sentence's grade claims and whose words it reports (decide.ts CLAIM_REVISIONS).
 */
export function judgeAnalysedClaim(a: ClaimAnalysis, ctx: LetterContext, revised = true): ClaimJudgement {
  const verdict = decideByRules(CLAIM_RULES, CLAIM_PRECEDENCE, a, ctx);
  const decided = revised ? revise(verdict, CLAIM_REVISIONS, a, ctx) : verdict;
  const closest =
    decided.kind === "unsupported" && decided.letter.length === 0 ? closestPassage(a, ctx) : undefined;
  return withFields(decided, {
    matchedEnds: decided.matchedEnds ?? new Map<number, number>(),
    ...(closest ? { closest } : {}),
  });
}

/**
 * Judges a press sentence without (checkable) quotation marks: copied, paraphrase or overstated when
 * the letter has it; unsupported when it is attributed to the regulator and the letter lacks it;
 * not-checked otherwise (the publisher's own words, boilerplate). The sentence is analysed once
 * (claimAnalysis.ts), every rule of rules/ reads the analysis, and decide.ts decides. This is the
 * verdict before the revisions (judgeSentences.ts applies them through `judgeAnalysedClaim`).
 */
export function judgeClaim(
  ctx: LetterContext,
  sentence: Sentence,
  speaker: Speaker,
  pressTokens?: Token[],
  /** Short quoted terms in the sentence (the ‘step-down’ service): anchors into the letter. */
  terms: readonly string[] = [],
): ClaimJudgement {
  return judgeAnalysedClaim(analyseClaim(ctx, sentence, speaker, pressTokens, terms), ctx, false);
}
