import { Box, type Key, useApp, useInput, useStdin } from "ink";
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { Comparison } from "../core/types.js";
import type { Decisions } from "../review/decisions.js";
import { decisionsById } from "../review/decisionsById.js";
import type { ExportFormat } from "../review/exportFormat.js";
import type { ReviewAction } from "../review/reviewActions.js";
import { buildReviewModel } from "../review/reviewModel.js";
import { initialReviewState } from "../review/reviewState.js";
import { currentMode, documentProgress } from "../review/selectors.js";
import { commandAction } from "./commandAction.js";
import { Footer } from "./Footer.js";
import { Header } from "./Header.js";
import { bindingForKey } from "./keyMatch.js";
import { keyOfChar, promptPresses } from "./keyOfChar.js";
import { computeLayout } from "./layout.js";
import { promptField, setPromptField, TEXT_PROMPTS, type TextPrompt } from "./promptField.js";
import { ReviewBody } from "./ReviewBody.js";
import { sanitizeComparison } from "./sanitizeComparison.js";
import { editField } from "./textEdit.js";
import { useRedrawOnResize } from "./useRedrawOnResize.js";
import { useReviewStore } from "./useReviewStore.js";
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

  /**
   * Applies an action and, when it changed a document's decisions, saves them at once — within the same
   * key press, not after the next render — so a quit typed right after a decision never finds it unsaved.
   */
  const save = useRef(onDecisionsChange);
  save.current = onDecisionsChange;
  const dispatch = useCallback(
    (action: ReviewAction): void => {
      const before = latest().decisions;
      store.dispatch(action);
      latest().decisions.forEach((decisions, documentIndex) => {
        if (decisions === before[documentIndex]) return;
        try {
          save.current?.(documentIndex, decisions);
          store.dispatch({ type: "saved", documentIndex });
        } catch (err) {
          store.dispatch({
            type: "saveFailed",
            documentIndex,
            message: `Could not save: ${(err as Error).message}`,
          });
        }
      });
    },
    [latest, store.dispatch],
  );

  useEffect(() => {
    if (state.exit) exit();
  }, [state.exit, exit]);

  const detailScrollMax = useRef(0);
  const onDetailScrollMax = useCallback((max: number) => {
    detailScrollMax.current = max;
  }, []);

  // A report covers every press document: an export asked for while some are still being compared waits
  // for them (a second or so), so that their saved decisions are in it too.
  const comparedWaiters = useRef<Array<() => void>>([]);
  useEffect(() => {
    if (state.pendingDocuments === 0) for (const resolve of comparedWaiters.current.splice(0)) resolve();
  }, [state.pendingDocuments]);
  const allCompared = useCallback(
    () =>
      latest().pendingDocuments === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => comparedWaiters.current.push(resolve)),
    [latest],
  );

  const runExport = useCallback(async () => {
    const { exportFormat, exportPath } = latest();
    if (exportPath.trim() === "") {
      dispatch({ type: "showMessage", text: "Give a path to export to" });
      return;
    }
    dispatch({ type: "closeExport" });
    if (latest().pendingDocuments > 0) {
      dispatch({ type: "showMessage", text: "Waiting for the other press documents before exporting…" });
      await allCompared();
    }
    dispatch({ type: "showMessage", text: `Exporting ${exportFormat} to ${exportPath}…` });
    try {
      const { model: everything, decisions } = latest();
      await onExport(exportFormat, exportPath, decisionsById(everything, decisions));
      dispatch({ type: "showMessage", text: `Exported ${exportFormat} to ${exportPath}` });
    } catch (err) {
      dispatch({ type: "showMessage", text: `Export failed: ${(err as Error).message}` });
    }
  }, [latest, dispatch, onExport, allCompared]);

  /** One key press, interpreted in the mode the previous key left (see useReviewStore). */
  const handlePress = useCallback(
    (input: string, key: Key): void => {
      const current = latest();
      const mode = currentMode(current);
      const binding = bindingForKey(mode, input, key);
      if (binding) {
        if (binding.command === "runExport") {
          void runExport();
          return;
        }
        const action = commandAction(binding.command, current, {
          at: clock().toISOString(),
          detailScrollMax: detailScrollMax.current,
        });
        if (action) dispatch(action);
        return;
      }
      if (TEXT_PROMPTS.has(mode)) {
        const prompt = mode as TextPrompt;
        const edited = editField(promptField(current, prompt), input, key);
        if (edited) dispatch(setPromptField(prompt, edited));
      }
    },
    [latest, dispatch, runExport, clock],
  );

  /**
   * Ink delivers characters that arrive together (pasted, typed faster than it reads, sent by a script)
   * as one string. Each character is a key of its own ("nn" moves twice, "\t\t" is two Tabs); once a
   * prompt is open, line breaks in the rest of the run are pasted text, not Enter (see promptPresses).
   */
  const handleKey = useCallback(
    (input: string, key: Key): void => {
      if (input.length <= 1 || key.ctrl || key.meta) {
        handlePress(input, key);
        return;
      }
      const chars = Array.from(input);
      for (let i = 0; i < chars.length; i++) {
        if (TEXT_PROMPTS.has(currentMode(latest()))) {
          for (const press of promptPresses(chars.slice(i).join(""))) handlePress(press.input, press.key);
          return;
        }
        const press = keyOfChar(chars[i] ?? "");
        handlePress(press.input, press.key);
      }
    },
    [handlePress, latest],
  );

  // A real boolean: Ink's stdin.isTTY may be undefined, and isActive must not be.
  useInput(handleKey, { isActive: isRawModeSupported === true });

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
