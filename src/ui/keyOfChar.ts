import type { Key } from "ink";

/** One key press as Ink's `useInput` reports it: the printable input and the named-key flags. */
export interface KeyPress {
  input: string;
  key: Key;
}

/** No named key pressed: the base every key press is built on. */
export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** A key press with the given named-key flags set (for tests and synthetic input). */
export const keyWith = (k: Partial<Key> = {}): Key => ({ ...NO_KEY, ...k });

/**
 * The key press one character stands for, decoded as Ink decodes a lone character. Ink hands a run of
 * characters that arrived together (a paste, keys typed faster than it reads, a script driving the
 * terminal) to `useInput` as one string with no key flags, so "\t\t" would be neither Tab; replaying the
 * run through this one character at a time gives each its meaning. Escape sequences (arrows, a lone Esc)
 * never appear inside such a run: Ink's input parser splits them out first.
 */
export function keyOfChar(char: string): KeyPress {
  switch (char) {
    case "\r":
    case "\n":
      return { input: "", key: { ...NO_KEY, return: true } };
    case "\t":
      return { input: "", key: { ...NO_KEY, tab: true } };
    case "\b":
      return { input: "", key: { ...NO_KEY, backspace: true } };
    case "\u007f":
      // Terminals send DEL for Backspace; Ink reports it as `delete`.
      return { input: "", key: { ...NO_KEY, delete: true } };
  }
  const code = char.charCodeAt(0);
  // Ctrl-A … Ctrl-Z arrive as 0x01–0x1a; Ink names them by their letter.
  if (char.length === 1 && code >= 0x01 && code <= 0x1a) {
    return { input: String.fromCharCode(code + 0x60), key: { ...NO_KEY, ctrl: true } };
  }
  return { input: char, key: { ...NO_KEY, shift: /^[A-Z]$/.test(char) } };
}

/**
 * The key presses of a run of characters that arrives while a prompt (note, filter, export path) is open.
 * A line break inside the run is pasted text and becomes a space (a note is one line); line breaks at the
 * very end are the Enter that submits, which is what typing quickly and pressing Enter produces. Other
 * characters are keys as usual, so Tab still switches the export format and Ctrl-U still clears.
 */
export function promptPresses(run: string): KeyPress[] {
  const text = run.replace(/[\r\n]+$/, "");
  const presses = Array.from(text, (char) =>
    char === "\r" || char === "\n" ? { input: " ", key: NO_KEY } : keyOfChar(char),
  );
  if (text.length < run.length) presses.push(keyOfChar("\r"));
  return presses;
}
