/** Below this width the list and the detail are stacked (lazygit does the same). */
export const STACK_BELOW_COLUMNS = 100;
export const HEADER_LINES = 2;
/** One line for a prompt or message, two for the keys. */
export const FOOTER_LINES = 3;

export interface Layout {
  columns: number;
  /** Height of the whole frame: one less than the terminal, since Ink redraws the whole screen otherwise. */
  height: number;
  stacked: boolean;
  bodyHeight: number;
  listWidth: number;
  listHeight: number;
  detailWidth: number;
  detailHeight: number;
}

/**
 * Sizes of the panes for a terminal of `columns` × `rows`. The frame is one line shorter than the
 * terminal: when Ink's output reaches the terminal's height it clears the screen on every frame (flicker).
 */
export function computeLayout(columns: number, rows: number): Layout {
  const height = Math.max(1, rows - 1);
  const bodyHeight = Math.max(0, height - HEADER_LINES - FOOTER_LINES);
  const stacked = columns < STACK_BELOW_COLUMNS;
  if (stacked) {
    // The list gets 40% but at least 5 lines (3 rows), the detail at least 4 (1 line); on a terminal too
    // short for both minimums they share the lines evenly.
    const listHeight =
      bodyHeight >= 9
        ? Math.min(bodyHeight - 4, Math.max(5, Math.floor(bodyHeight * 0.4)))
        : Math.ceil(bodyHeight / 2);
    return {
      columns,
      height,
      stacked,
      bodyHeight,
      listWidth: columns,
      listHeight,
      detailWidth: columns,
      detailHeight: bodyHeight - listHeight,
    };
  }
  const listWidth = Math.max(36, Math.min(64, Math.round(columns * 0.4)));
  return {
    columns,
    height,
    stacked,
    bodyHeight,
    listWidth,
    listHeight: bodyHeight,
    detailWidth: columns - listWidth,
    detailHeight: bodyHeight,
  };
}
