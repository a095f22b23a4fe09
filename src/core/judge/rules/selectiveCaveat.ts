import { CLAUSE_CAVEAT_RULE, droppedClauseCaveat } from "../clauseCaveat.js";
import { findDroppedCaveat } from "../selective.js";
import type { DocumentRule, Verdict } from "./rule.js";

/** Kinds that report no letter passage: nothing of the letter to be selective about. */
const UNSOURCED = new Set(["not-checked", "quote-not-found", "unsupported"]);

/**
 * Selective: the finding reports a letter passage whose caveat the press never reports — the caveat
 * next to it in the letter ("However…", "not yet consistent", selective.ts) or, as rule `clause-caveat`,
 * the clause after a turn in the same sentence ("…has improved, but the unit still relies on…",
 * clauseCaveat.ts). The letter's sources are read in order; the first caveat found is named.
 */
export const selectiveCaveat: DocumentRule = {
  id: "selective-caveat",
  describe: "reports a letter passage whose caveat the press never reports",
  revise(j, piece, facts, ctx) {
    if (facts.differentDocument || j.flags.includes("selective") || UNSOURCED.has(j.kind)) return undefined;
    for (const source of j.letter) {
      const found = findDroppedCaveat(
        ctx.sentences,
        source,
        piece.matchedEnds.get(source.index) ?? source.end,
        facts.isReported,
      );
      const clause = found
        ? undefined
        : droppedClauseCaveat(source, piece.press.text, (text) =>
            facts.reportedByOtherWords(text, piece.press),
          );
      const caveat = found ?? (clause ? { side: "follows", ...clause } : undefined);
      if (!caveat) continue;
      let revised: Verdict = { ...j, flags: [...j.flags, "selective"] };
      if (clause && !piece.quoted && j.kind === "overstated" && clause.droppedBefore.length === 0)
        // Its only "dropped qualifier" was in the clause it leaves out: the change is the clause.
        revised = {
          ...revised,
          kind: "paraphrase",
          reason: "restates the first part of the letter sentence in other words",
        };
      const words = ctx.text.slice(caveat.start, caveat.end).replace(/\s+/g, " ").trim();
      return {
        rule: clause ? CLAUSE_CAVEAT_RULE : this.id,
        verdict: {
          ...revised,
          reason: `${revised.reason}; the caveat that ${caveat.side} in the letter is never reported: "${words}"`,
        },
      };
    }
    return undefined;
  },
};
