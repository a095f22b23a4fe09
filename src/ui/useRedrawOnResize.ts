import { useStdout } from "ink";
import { useEffect, useRef } from "react";

/** Erase the whole screen and put the cursor top left. */
export const CLEAR_SCREEN = "\u001b[2J\u001b[H";

/** How long the size must stay put before the screen is redrawn: a window being dragged sends many. */
export const RESIZE_SETTLE_MS = 60;

/**
 * After the terminal is resized, wipe the screen and draw the frame again in full. A terminal re-wraps or
 * crops what is on screen when it changes size, so the lines Ink believes it drew are no longer where it
 * thinks: with incremental rendering (only changed lines rewritten) remnants of the old frame would stay,
 * and Ink itself only clears when the width shrinks. Writing through Ink's `write` makes Ink redraw its
 * latest frame whole below what was written, i.e. from the top of the cleared screen. Only for an app
 * that owns the whole screen (the review runs in the alternate screen).
 */
export function useRedrawOnResize(enabled: boolean, columns: number, rows: number): void {
  const { write } = useStdout();
  const drawnAt = useRef({ columns, rows });
  useEffect(() => {
    if (!enabled) return;
    if (drawnAt.current.columns === columns && drawnAt.current.rows === rows) return;
    // Wait until the frame for the new size has been drawn (Ink throttles renders) and resizing stopped.
    const timer = setTimeout(() => {
      drawnAt.current = { columns, rows };
      write(CLEAR_SCREEN);
    }, RESIZE_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [enabled, columns, rows, write]);
}
