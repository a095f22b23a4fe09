import type { Decisions } from "./decisions.js";
import type { ReviewModel } from "./reviewModel.js";

/**
 * Re-keys the per-document decisions (stored by finding key) by `Finding.id`, the key report renderers
 * use. Ids include the press document (core/findingId.ts), so each document's decisions stay its own.
 */
export function decisionsById(model: ReviewModel, decisionsByDocument: readonly Decisions[]): Decisions {
  const byId: Decisions = {};
  model.comparison.documents.forEach((doc, d) => {
    const decisions = decisionsByDocument[d] ?? {};
    doc.findings.forEach((finding, f) => {
      const key = model.keys[d]?.[f];
      const decision = key === undefined ? undefined : decisions[key];
      if (decision) byId[finding.id] = decision;
    });
    doc.omissions.forEach((omission, o) => {
      const key = model.omissionKeys[d]?.[o];
      const decision = key === undefined ? undefined : decisions[key];
      if (decision) byId[omission.id] = decision;
    });
  });
  return byId;
}
