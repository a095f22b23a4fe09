import type { Key } from "ink";

/**
 * One key press applied to a one-line text field: printable input (typed or pasted) is appended with
 * control characters and line breaks removed, Backspace/Delete remove the last character, Ctrl-U clears
 * and Ctrl-W removes the last word. Returns undefined when the key is not an edit (arrows, Enter…).
 */
export function editText(value: string, input: string, key: Key): string | undefined {
  // Terminals send DEL for Backspace, which Ink reports as `delete`: both erase backwards.
  if (key.backspace || key.delete) return Array.from(value).slice(0, -1).join("");
  if (key.ctrl && input === "u") return "";
  if (key.ctrl && input === "w") return value.replace(/\S*\s*$/, "");
  if (key.ctrl || key.meta || key.return || key.escape || key.tab || key.upArrow || key.downArrow)
    return undefined;
  if (key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.home || key.end) return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping pasted control characters.
  const printable = input.replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
  return printable === "" ? undefined : value + printable;
}
