import { useCallback, useEffect, useRef } from "react";
import { decisionsById } from "../review/decisionsById.js";
import type { ReviewAction } from "../review/reviewActions.js";
import type { ReviewState } from "../review/reviewState.js";
import type { ExportHandler } from "./App.js";

/**
 * The export the prompt asks for. A report covers every press document: an export asked for while some
 * are still being compared waits for them (a second or so), so that their saved decisions are in it too.
 */
export function useExport(
  latest: () => ReviewState,
  dispatch: (action: ReviewAction) => void,
  onExport: ExportHandler,
  pendingDocuments: number,
): () => Promise<void> {
  const comparedWaiters = useRef<Array<() => void>>([]);
  useEffect(() => {
    if (pendingDocuments === 0) for (const resolve of comparedWaiters.current.splice(0)) resolve();
  }, [pendingDocuments]);
  const allCompared = useCallback(
    () =>
      latest().pendingDocuments === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => comparedWaiters.current.push(resolve)),
    [latest],
  );
  return useCallback(async () => {
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
}
