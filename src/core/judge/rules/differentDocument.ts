import type { DocumentRule, Verdict } from "./rule.js";

/**
 * A press document that mostly reports on another regulator document (differentDocument.ts): its
 * quotations cannot be verified against this letter — a near match is a coincidence of subject, not a
 * misquote of this letter — and unsourced claims are about the other document.
 */
export const differentDocument: DocumentRule = {
  id: "different-document",
  describe: "the article reports on another document: its words are not judged against this letter",
  revise(j, _piece, facts) {
    if (!facts.differentDocument) return undefined;
    const verdict = revisedForAnotherDocument(j);
    return verdict ? { rule: "different-document", verdict } : undefined;
  },
};

function revisedForAnotherDocument(j: Verdict): Verdict | undefined {
  const pct = Math.round(j.similarity * 100);
  switch (j.kind) {
    case "quote-altered":
      return {
        ...j,
        kind: "quote-not-found",
        flags: [],
        reason: `not in this letter; the article reports on another document (closest letter passage ${pct}% similar)`,
      };
    case "quote-not-found":
      return { ...j, reason: "not in this letter; the article reports on another document" };
    case "unsupported":
      return { ...j, kind: "not-checked", reason: "about another document than this letter" };
    case "overstated":
      // A hedge missing from a sentence that only shares topic words with this letter says nothing
      // about how the other document was reported: keep the closest passage, but do not judge it.
      return {
        ...j,
        kind: "not-checked",
        flags: [],
        reason: `about another document than this letter (closest letter passage ${pct}% of its words)`,
      };
    default:
      return undefined;
  }
}
