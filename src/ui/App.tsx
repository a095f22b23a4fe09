import { Box, useApp, useStdin } from "ink";
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { Comparison } from "../core/types.js";
import type { Decisions } from "../review/decisions.js";
import type { ExportFormat } from "../review/exportFormat.js";
import type { ReviewAction } from "../review/reviewActions.js";
import { buildReviewModel } from "../review/reviewModel.js";
import { initialReviewState } from "../review/reviewState.js";
import { documentProgress } from "../review/selectors.js";
import { Footer } from "./Footer.js";
import { Header } from "./Header.js";
import { computeLayout } from "./layout.js";
import { ReviewBody } from "./ReviewBody.js";
import { sanitizeComparison } from "./sanitizeComparison.js";
import { useExport } from "./useExport.js";
import { useRedrawOnResize } from "./useRedrawOnResize.js";
import { useReviewKeys } from "./useReviewKeys.js";
import { useReviewStore } from "./useReviewStore.js";
import { useSavingDispatch } from "./useSavingDispatch.js";
import { useTerminalSize } from "./useTerminalSize.js";

export type ExportHandler = (
  format: ExportFormat,
  path: string,
  decisions: Decisions,
) => Promise<void> | void;

/** Press documents still being compared when the app opens, and how the app hears of them. */
export interface LaterDocuments {
  pending: number;
  /** Dispatches `documentsArrived` (or `comparisonFailed`) as they are done; returns an unsubscribe. */
  subscribe(dispatch: (action: ReviewAction) => void): () => void;
}

export interface AppProps {
  /** What the review opens on (with `later`, the first document(s); the rest arrive in the state). */
  comparison: Comparison;
  later?: LaterDocuments;
  /** Per document, by finding key (see review/findingKey.ts). */
  initialDecisions?: Decisions[];
  /** Shown in the message line at start (e.g. a state file that was moved aside). */
  initialMessage?: string;
  /** Persists one document's decisions; called after every change. Throwing marks them unsaved. */
  onDecisionsChange?: (documentIndex: number, decisions: Decisions) => void;
  /** Writes a report. Receives the decisions keyed by `Finding.id`, as report renderers expect. */
  onExport: ExportHandler;
  /** Clock for decision times (tests). */
  now?: () => Date;
  /** The app owns the whole screen (alternate screen): wipe and redraw it after a resize. */
  fullScreen?: boolean;
}

/** The review, full screen: header, list and detail (or omissions, or help), prompt and key hints. */
export function App({
  comparison,
  initialDecisions,
  initialMessage,
  onDecisionsChange,
  onExport,
  now,
  fullScreen = false,
  later,
}: AppProps) {
  const store = useReviewStore(() =>
    initialReviewState(buildReviewModel(comparison), initialDecisions, {
      ...(initialMessage === undefined ? {} : { message: initialMessage }),
      pendingDocuments: later?.pending ?? 0,
    }),
  );
  const { state, latest } = store;
  // The state's model grows as later documents arrive; everything else is read from it.
  const model = state.model;
  // Everything drawn comes from this copy: document text may carry terminal escape sequences.
  const shown = useMemo(() => sanitizeComparison(model.comparison), [model.comparison]);
  // Arrivals go straight to the store: they change no decision, so nothing is saved for them.
  useEffect(() => later?.subscribe(store.dispatch), [later, store.dispatch]);
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const { columns, rows } = useTerminalSize();
  const layout = computeLayout(columns, rows);
  useRedrawOnResize(fullScreen, columns, rows);
  const clock = useMemo(() => now ?? (() => new Date()), [now]);

  const dispatch = useSavingDispatch(store, onDecisionsChange);

  useEffect(() => {
    if (state.exit) exit();
  }, [state.exit, exit]);

  const detailScrollMax = useRef(0);
  const onDetailScrollMax = useCallback((max: number) => {
    detailScrollMax.current = max;
  }, []);
  const readDetailScrollMax = useCallback(() => detailScrollMax.current, []);
  const runExport = useExport(latest, dispatch, onExport, state.pendingDocuments);
  // A real boolean: Ink's stdin.isTTY may be undefined, and isActive must not be.
  useReviewKeys({
    latest,
    dispatch,
    runExport,
    clock,
    detailScrollMax: readDetailScrollMax,
    isActive: isRawModeSupported === true,
  });

  return (
    <Box flexDirection="column" width={layout.columns} height={layout.height} overflow="hidden">
      <Header
        comparison={shown}
        documentIndex={state.documentIndex}
        pending={state.pendingDocuments}
        progress={documentProgress(state)}
        kindFilter={state.kindFilter}
        textFilter={state.textFilter}
        width={layout.columns}
      />
      <ReviewBody state={state} shown={shown} layout={layout} onDetailScrollMax={onDetailScrollMax} />
      <Footer state={state} width={layout.columns} />
    </Box>
  );
}
