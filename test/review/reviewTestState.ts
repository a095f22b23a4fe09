import type { Decisions } from "../../src/review/decisions.js";
import { reviewReducer } from "../../src/review/reducer.js";
import type { ReviewAction } from "../../src/review/reviewActions.js";
import { buildReviewModel } from "../../src/review/reviewModel.js";
import { initialReviewState, type ReviewState } from "../../src/review/reviewState.js";
import { selectedFinding } from "../../src/review/selectors.js";
import { uiComparison } from "../fixtures/uiComparison.js";

export const model = buildReviewModel(uiComparison);

export function freshState(decisions: Decisions[] = []): ReviewState {
  return initialReviewState(model, decisions);
}

export function run(state: ReviewState, ...actions: ReviewAction[]): ReviewState {
  return actions.reduce(reviewReducer, state);
}

export function selectedId(state: ReviewState): string | undefined {
  return selectedFinding(state)?.id;
}

export const AT = "2026-03-10T09:00:00.000Z";
