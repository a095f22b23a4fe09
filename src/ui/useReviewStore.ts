import { useCallback, useRef, useState } from "react";
import { reviewReducer } from "../review/reducer.js";
import type { ReviewAction } from "../review/reviewActions.js";
import type { ReviewState } from "../review/reviewState.js";

/**
 * `useReducer` with the latest state also readable synchronously. Keys can arrive faster than React
 * re-renders (a paste, a fast typist, a test): each must be interpreted in the mode the previous key
 * left, not the one last drawn — "e" then "h" must type "h" in the note, not trigger a command.
 */
export function useReviewStore(init: () => ReviewState): {
  state: ReviewState;
  latest: () => ReviewState;
  dispatch: (action: ReviewAction) => void;
} {
  const [state, setState] = useState(init);
  const ref = useRef(state);
  const dispatch = useCallback((action: ReviewAction) => {
    ref.current = reviewReducer(ref.current, action);
    setState(ref.current);
  }, []);
  const latest = useCallback(() => ref.current, []);
  return { state, latest, dispatch };
}
