import type { Mode } from "../review/selectors.js";
import { bindingsFor, KEYMAP, type KeyBinding } from "./keymap.js";

const GAP = "  ";

/**
 * The footer's key hints for `mode`, packed into at most `maxLines` lines of `width` columns. Hints that
 * do not fit are dropped, except the essential ones (help, quit), which always end the last line.
 */
export function footerLines(
  mode: Mode,
  width: number,
  maxLines = 2,
  keymap: readonly KeyBinding[] = KEYMAP,
): string[] {
  const footers = bindingsFor(mode, keymap).flatMap((b) => (b.footer ? [b.footer] : []));
  const hint = (f: { keys: string; text: string }) => `${f.keys} ${f.text}`;
  const others = footers.filter((f) => !f.essential).map(hint);
  const tail = footers
    .filter((f) => f.essential)
    .map(hint)
    .join(GAP);
  const lines: string[] = [];
  let line = "";
  const room = (lineIndex: number) =>
    lineIndex === maxLines - 1 && tail !== "" ? width - tail.length - GAP.length : width;
  for (const h of others) {
    const next = line === "" ? h : `${line}${GAP}${h}`;
    if (next.length <= room(lines.length)) {
      line = next;
    } else if (lines.length < maxLines - 1 && h.length <= room(lines.length + 1)) {
      lines.push(line);
      line = h;
    }
    // Otherwise the hint is dropped: the help overlay lists it.
  }
  if (tail !== "") line = line === "" ? tail : `${line}${GAP}${tail}`;
  if (line !== "") lines.push(line);
  return lines;
}
