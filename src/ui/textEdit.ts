import type { Key } from "ink";

/** A one-line text field's value and the cursor's place in it (a UTF-16 index, 0..value.length). */
export interface Field {
  value: string;
  cursor: number;
}

/** The index one user-perceived character before/after `at` (surrogate pairs move as one). */
function step(value: string, at: number, by: -1 | 1): number {
  const chars = Array.from(value);
  let index = 0;
  for (let i = 0; i < chars.length; i++) {
    const next = index + (chars[i] as string).length;
    if (by === -1 && next >= at) return index;
    if (by === 1 && index >= at) return next;
    index = next;
  }
  return by === -1 ? index : value.length;
}

/**
 * One key press applied to a one-line text field with a cursor: printable input (typed or pasted) is
 * inserted at the cursor with control characters and line breaks removed; Backspace/Delete erase the
 * character before it; ←/→ move it, Home/End (and Ctrl-A/Ctrl-E) jump to the ends; Ctrl-W erases the
 * word before it, Ctrl-U the whole field. Returns undefined when the key is not an edit (Enter, Esc…).
 * The one line editor of every prompt: the note, the filter (`/`) and the export path (ui/promptField.ts).
 */
export function editField(field: Field, input: string, key: Key): Field | undefined {
  const { value } = field;
  const cursor = Math.max(0, Math.min(value.length, field.cursor));
  const before = value.slice(0, cursor);
  const after = value.slice(cursor);
  // Terminals send DEL for Backspace, which Ink reports as `delete`: both erase backwards.
  if (key.backspace || key.delete) {
    const at = step(value, cursor, -1);
    return { value: value.slice(0, at) + after, cursor: at };
  }
  if (key.leftArrow) return { value, cursor: step(value, cursor, -1) };
  if (key.rightArrow) return { value, cursor: step(value, cursor, 1) };
  if (key.home || (key.ctrl && input === "a")) return { value, cursor: 0 };
  if (key.end || (key.ctrl && input === "e")) return { value, cursor: value.length };
  if (key.ctrl && input === "u") return { value: "", cursor: 0 };
  if (key.ctrl && input === "w") {
    const kept = before.replace(/\S*\s*$/, "");
    return { value: kept + after, cursor: kept.length };
  }
  if (key.ctrl || key.meta || key.return || key.escape || key.tab || key.upArrow || key.downArrow)
    return undefined;
  if (key.pageUp || key.pageDown) return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping pasted control characters.
  const printable = input.replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
  if (printable === "") return undefined;
  return { value: before + printable + after, cursor: cursor + printable.length };
}
