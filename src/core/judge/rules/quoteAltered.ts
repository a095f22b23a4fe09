import { tokenize } from "../../text/tokens.js";
import { findHedges } from "../hedges.js";
import { hasNegation } from "../negation.js";
import { alteredQuotation, quotationDiff } from "./alteredQuotation.js";
import { misattributionNote } from "./misattributed.js";
import type { QuoteRule } from "./rule.js";

/** Only changes of words count: a full stop inside the press's quotation marks is house style. */
const wordy = (d: { text: string }) => /[\p{L}\p{N}]/u.test(d.text);
const bare = (t: string) => t.trim().replace(/^[.,;:!?]+|[.,;:!?]+$/g, "");

/**
 * Quoted words close to a letter passage but not the same: a word changed, added or dropped (the
 * letter's negations and hedges named first: "not always" dropped matters more than "of controlled").
 */
export const quoteAltered: QuoteRule = {
  id: "quote-altered",
  describe: "quoted words close to a letter passage, with words changed, added or dropped",
  applies(a, ctx) {
    const m = a.match;
    if (m?.grade !== "close" || m.reordered) return [];
    const diff = quotationDiff(a);
    const changed = diff.filter((d) => d.op !== "equal" && wordy(d)).length;
    const added = diff.filter((d) => d.op === "insert" && wordy(d)).map((d) => bare(d.text));
    const qualifying = (t: string) => hasNegation(t) || findHedges(t).length > 0;
    // Negations and hedges first (a stable sort on whether each qualifies, asked once per word).
    const dropped = diff
      .filter((d) => d.op === "delete" && wordy(d))
      .map((d) => {
        const text = bare(d.text);
        return { text, first: qualifying(text) };
      })
      .sort((x, y) => Number(y.first) - Number(x.first))
      .map((d) => d.text);
    const reversed = dropped.find((t) => hasNegation(t) && !hasNegation(a.quoted));
    const words = tokenize(a.quoted).length;
    return alteredQuotation(
      this.id,
      a,
      m,
      m.score,
      (reversed ? `the quotation drops the letter's "${reversed}", reversing it; ` : "") +
        `the quotation differs from the letter in ${changed} place${changed === 1 ? "" : "s"} (${words} words)` +
        (dropped.length ? `; letter has "${dropped.slice(0, 2).join('", "')}"` : "") +
        (added.length ? `; press has "${added.slice(0, 2).join('", "')}"` : "") +
        misattributionNote(a, ctx) +
        (m.approximate
          ? "; placed by an in-order word match (the quotation is too long for the full word diff)"
          : ""),
      diff,
    );
  },
};
