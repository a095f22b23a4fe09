import { useCallback, useRef } from "react";
import type { Decisions } from "../review/decisions.js";
import type { ReviewAction } from "../review/reviewActions.js";
import type { useReviewStore } from "./useReviewStore.js";

type Store = ReturnType<typeof useReviewStore>;

/**
 * Applies an action and, when it changed a document's decisions, saves them at once — within the same
 * key press, not after the next render — so a quit typed right after a decision never finds it unsaved.
 */
export function useSavingDispatch(
  store: Store,
  onDecisionsChange: ((documentIndex: number, decisions: Decisions) => void) | undefined,
): (action: ReviewAction) => void {
  const save = useRef(onDecisionsChange);
  save.current = onDecisionsChange;
  const { latest, dispatch } = store;
  return useCallback(
    (action: ReviewAction): void => {
      const before = latest().decisions;
      dispatch(action);
      latest().decisions.forEach((decisions, documentIndex) => {
        if (decisions === before[documentIndex]) return;
        try {
          save.current?.(documentIndex, decisions);
          dispatch({ type: "saved", documentIndex });
        } catch (err) {
          dispatch({
            type: "saveFailed",
            documentIndex,
            message: `Could not save: ${(err as Error).message}`,
          });
        }
      });
    },
    [latest, dispatch],
  );
}
