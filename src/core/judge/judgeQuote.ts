import type { AnalysedQuote } from "../segment/analyse.js";
import type { LetterContext } from "./context.js";
import { type Decision, decideByRules, QUOTE_PRECEDENCE, QUOTE_REVISIONS, revise } from "./decide.js";
import { analyseQuote } from "./quoteAnalysis.js";
import { QUOTE_RULES } from "./rules/index.js";

export interface QuoteJudgement extends Decision {
  /** Letter offsets of the matched words. */
  matched?: { start: number; end: number };
}

/**
 * Judges the quoted words `press[start, end)` — the part of quotation `q` inside one press sentence —
 * against the letter: quote-exact, quote-altered (with the word diff) or quote-not-found; the words of
 * someone other than the regulator (a council leader) are not quotes of the letter: not-checked. The
 * quotation is analysed once (quoteAnalysis.ts), every quote rule reads it, and decide.ts decides.
 */
export function judgeQuotePiece(
  ctx: LetterContext,
  pressText: string,
  pressSentence: string,
  q: AnalysedQuote,
  start: number,
  end: number,
): QuoteJudgement {
  const a = analyseQuote(ctx, pressText, pressSentence, q, start, end);
  return revise(decideByRules(QUOTE_RULES, QUOTE_PRECEDENCE, a, ctx), QUOTE_REVISIONS, a, ctx);
}
