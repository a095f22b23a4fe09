import type { Comparison } from "../core/types.js";
import type { Decisions } from "./decisions.js";
import { decisionsById } from "./decisionsById.js";
import { buildReviewModel, type ReviewModel } from "./reviewModel.js";
import { type LoadOptions, loadStateFile } from "./stateFile.js";
import { statePathsFor } from "./statePaths.js";

export interface LoadedReview {
  model: ReviewModel;
  /** Per document, by finding key. */
  decisions: Decisions[];
  /** One line per state file that could not be used. */
  messages: string[];
}

/** Loads every press document's state file (see stateFile.ts for what happens to unusable ones). */
export function loadReview(
  comparison: Comparison,
  statePath: (documentSource: string, documentIndex: number) => string,
  options: LoadOptions = {},
): LoadedReview {
  const model = buildReviewModel(comparison);
  return { model, ...loadDocumentStates(model, 0, statePath, options) };
}

/**
 * The state files of the model's documents from index `from` on — the documents a review receives after
 * it has opened (they are compared while the first is shown). `decisions[k]` is document `from + k`'s.
 */
export function loadDocumentStates(
  model: ReviewModel,
  from: number,
  statePath: (documentSource: string, documentIndex: number) => string,
  options: LoadOptions = {},
): { decisions: Decisions[]; messages: string[] } {
  const messages: string[] = [];
  const decisions = model.comparison.documents.slice(from).map((doc, k) => {
    const loaded = loadStateFile(
      statePath(doc.source, from + k),
      { letterHash: model.letterHash, press: doc.source },
      options,
    );
    if (loaded.message) messages.push(loaded.message);
    return loaded.decisions;
  });
  return { decisions, messages };
}

/**
 * For `presscheck report`: the saved decisions of a review, keyed by `Finding.id`. Read-only: unusable
 * state files are reported in `messages` and left in place. The files are found as the review wrote them
 * (statePaths.ts): `--state FILE` with several press documents means one file per document beside FILE.
 */
export function loadDecisionsForReport(
  comparison: Comparison,
  statePath: (documentSource: string) => string,
  legacyPath?: string,
): { decisions: Decisions; messages: string[] } {
  const paths = statePathsFor(
    comparison.documents.map((d) => d.source),
    statePath,
  );
  const review = loadReview(comparison, (source, i) => paths[i] ?? statePath(source), {
    moveAside: false,
    ...(legacyPath !== undefined ? { legacyPath } : {}),
  });
  return { decisions: decisionsById(review.model, review.decisions), messages: review.messages };
}
