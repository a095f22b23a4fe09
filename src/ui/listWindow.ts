/**
 * The slice `[start, end)` of a list of `count` rows to draw in `height` lines so that `cursor` is
 * visible: the cursor is kept near the middle, and the window never runs past either end.
 */
export function listWindow(count: number, cursor: number, height: number): { start: number; end: number } {
  if (height <= 0 || count === 0) return { start: 0, end: 0 };
  if (count <= height) return { start: 0, end: count };
  const start = Math.max(0, Math.min(count - height, cursor - Math.floor(height / 2)));
  return { start, end: start + height };
}
