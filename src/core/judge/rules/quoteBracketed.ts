import { exactQuoteRule } from "./quoteExact.js";
import type { QuoteRule } from "./rule.js";

/** The letter's words quoted with an insertion in square brackets ("[the school]"): quote-altered. */
export const quoteBracketed: QuoteRule = exactQuoteRule(true);
