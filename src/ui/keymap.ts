import type { Mode } from "../review/selectors.js";

/** What a key does; the App turns each into a review action (or, for `runExport`, a side effect). */
export type Command =
  | "moveDown"
  | "moveUp"
  | "moveFirst"
  | "moveLast"
  | "nextDiscrepancy"
  | "previousDiscrepancy"
  | "toggleContext"
  | "scrollDetailDown"
  | "scrollDetailUp"
  | "openFilter"
  | "cycleKindFilter"
  | "confirm"
  | "dismiss"
  | "editNote"
  | "undo"
  | "toggleOmissions"
  | "openExport"
  | "nextDocument"
  | "previousDocument"
  | "toggleHelp"
  | "closeHelp"
  | "quit"
  | "saveNote"
  | "cancelNote"
  | "applyFilter"
  | "clearFilter"
  | "cycleExportFormat"
  | "runExport"
  | "cancelExport"
  | "confirmQuit"
  | "cancelQuit";

/** Named keys as Ink's `useInput` reports them. */
export type SpecialKey =
  | "upArrow"
  | "downArrow"
  | "return"
  | "escape"
  | "tab"
  | "home"
  | "end"
  | "pageUp"
  | "pageDown";

/** A printable character (`input`) or a named key, with Shift required or excluded. */
export type KeySpec = { input: string } | { special: SpecialKey; shift?: boolean };

export interface KeyBinding {
  command: Command;
  keys: readonly KeySpec[];
  /** The keys as help shows them. */
  label: string;
  description: string;
  /** Where the key works. */
  modes: readonly Mode[];
  /**
   * Footer entry; bindings without one are only in the help (their pair carries the footer entry).
   * `essential` entries are always shown, at the end, even when others are dropped for lack of room.
   */
  footer?: { keys: string; text: string; essential?: boolean };
}

const MAIN: readonly Mode[] = ["findings", "omissions"];
const FINDINGS: readonly Mode[] = ["findings"];

/**
 * Every key of the review, declared once. The footer, the `?` help overlay and the README's key table
 * are all generated from this list, so they cannot disagree with what the keys do.
 */
export const KEYMAP: readonly KeyBinding[] = [
  {
    command: "moveDown",
    keys: [{ input: "j" }, { special: "downArrow" }],
    label: "j ↓",
    description: "Move down (scroll in help)",
    modes: [...MAIN, "help"],
    footer: { keys: "j/k", text: "move" },
  },
  {
    command: "moveUp",
    keys: [{ input: "k" }, { special: "upArrow" }],
    label: "k ↑",
    description: "Move up (scroll in help)",
    modes: [...MAIN, "help"],
  },
  {
    command: "moveFirst",
    keys: [{ input: "g" }, { special: "home" }],
    label: "g Home",
    description: "First item",
    modes: MAIN,
    footer: { keys: "g/G", text: "first/last" },
  },
  {
    command: "moveLast",
    keys: [{ input: "G" }, { special: "end" }],
    label: "G End",
    description: "Last item",
    modes: MAIN,
  },
  {
    command: "nextDiscrepancy",
    keys: [{ input: "n" }],
    label: "n",
    description: "Next discrepancy (wraps)",
    modes: FINDINGS,
    footer: { keys: "n/N", text: "discrepancy" },
  },
  {
    command: "previousDiscrepancy",
    keys: [{ input: "N" }],
    label: "N",
    description: "Previous discrepancy (wraps)",
    modes: FINDINGS,
  },
  {
    command: "confirm",
    keys: [{ input: "c" }],
    label: "c",
    description: "Confirm the finding or omission (again: clear)",
    modes: MAIN,
    footer: { keys: "c", text: "confirm" },
  },
  {
    command: "dismiss",
    keys: [{ input: "d" }],
    label: "d",
    description: "Dismiss the finding or omission (again: clear)",
    modes: MAIN,
    footer: { keys: "d", text: "dismiss" },
  },
  {
    command: "editNote",
    keys: [{ input: "e" }],
    label: "e",
    description: "Edit the finding or omission's note",
    modes: MAIN,
    footer: { keys: "e", text: "note" },
  },
  {
    command: "undo",
    keys: [{ input: "u" }],
    label: "u",
    description: "Undo the last decision change",
    modes: MAIN,
    footer: { keys: "u", text: "undo" },
  },
  {
    command: "toggleContext",
    keys: [{ special: "return" }, { input: " " }],
    label: "Enter Space",
    description: "Show or hide the letter sentences around the source",
    modes: MAIN,
    footer: { keys: "⏎", text: "context" },
  },
  {
    command: "scrollDetailDown",
    keys: [{ input: "J" }, { special: "pageDown" }],
    label: "J PgDn",
    description: "Scroll the detail pane down",
    modes: MAIN,
    footer: { keys: "J/K", text: "scroll" },
  },
  {
    command: "scrollDetailUp",
    keys: [{ input: "K" }, { special: "pageUp" }],
    label: "K PgUp",
    description: "Scroll the detail pane up",
    modes: MAIN,
  },
  {
    command: "openFilter",
    keys: [{ input: "/" }],
    label: "/",
    description: "Filter findings by text",
    modes: FINDINGS,
    footer: { keys: "/", text: "filter" },
  },
  {
    command: "cycleKindFilter",
    keys: [{ input: "f" }],
    label: "f",
    description: "Cycle the kind filter: all, discrepancies, each kind",
    modes: FINDINGS,
    footer: { keys: "f", text: "kind" },
  },
  {
    command: "toggleOmissions",
    keys: [{ input: "o" }],
    label: "o",
    description: "Show or hide the letter's omitted critical findings",
    modes: MAIN,
    footer: { keys: "o", text: "omissions" },
  },
  {
    command: "nextDocument",
    keys: [{ special: "tab", shift: false }, { input: "]" }],
    label: "Tab ]",
    description: "Next press document",
    modes: MAIN,
    // Essential: with several press documents, switching is what a narrow footer must not lose.
    footer: { keys: "Tab", text: "document", essential: true },
  },
  {
    command: "previousDocument",
    keys: [{ special: "tab", shift: true }, { input: "[" }],
    label: "Shift-Tab [",
    description: "Previous press document",
    modes: MAIN,
  },
  {
    command: "openExport",
    keys: [{ input: "x" }],
    label: "x",
    description: "Export a report",
    modes: MAIN,
    footer: { keys: "x", text: "export" },
  },
  {
    command: "toggleHelp",
    keys: [{ input: "?" }],
    label: "?",
    description: "Show or hide this help",
    modes: [...MAIN, "help"],
    footer: { keys: "?", text: "help", essential: true },
  },
  {
    command: "closeHelp",
    keys: [{ special: "escape" }, { input: "q" }],
    label: "Esc q",
    description: "Close the help",
    modes: ["help"],
    footer: { keys: "Esc", text: "close" },
  },
  {
    command: "quit",
    keys: [{ input: "q" }],
    label: "q",
    description: "Quit (decisions are already saved)",
    modes: MAIN,
    footer: { keys: "q", text: "quit", essential: true },
  },
  {
    command: "saveNote",
    keys: [{ special: "return" }],
    label: "Enter",
    description: "Save the note (empty removes it)",
    modes: ["note"],
    footer: { keys: "Enter", text: "save" },
  },
  {
    command: "cancelNote",
    keys: [{ special: "escape" }],
    label: "Esc",
    description: "Leave the note unchanged",
    modes: ["note"],
    footer: { keys: "Esc", text: "cancel" },
  },
  {
    command: "applyFilter",
    keys: [{ special: "return" }],
    label: "Enter",
    description: "Keep the text filter",
    modes: ["filter"],
    footer: { keys: "Enter", text: "keep" },
  },
  {
    command: "clearFilter",
    keys: [{ special: "escape" }],
    label: "Esc",
    description: "Clear the text filter",
    modes: ["filter"],
    footer: { keys: "Esc", text: "clear" },
  },
  {
    command: "cycleExportFormat",
    keys: [{ special: "tab" }],
    label: "Tab",
    description: "Next export format (md, html, json, csv)",
    modes: ["export"],
    footer: { keys: "Tab", text: "format" },
  },
  {
    command: "runExport",
    keys: [{ special: "return" }],
    label: "Enter",
    description: "Export to the path",
    modes: ["export"],
    footer: { keys: "Enter", text: "export" },
  },
  {
    command: "cancelExport",
    keys: [{ special: "escape" }],
    label: "Esc",
    description: "Cancel the export",
    modes: ["export"],
    footer: { keys: "Esc", text: "cancel" },
  },
  {
    command: "confirmQuit",
    keys: [{ input: "y" }],
    label: "y",
    description: "Quit although some decisions are not saved",
    modes: ["quit"],
    footer: { keys: "y", text: "quit" },
  },
  {
    command: "cancelQuit",
    keys: [{ input: "n" }, { special: "escape" }],
    label: "n Esc",
    description: "Stay in the review",
    modes: ["quit"],
    footer: { keys: "n", text: "stay" },
  },
];

/** How the help and the README name the modes. */
export const MODE_NAMES: Readonly<Record<Mode, string>> = {
  findings: "list",
  omissions: "omissions",
  help: "help",
  note: "note editor",
  filter: "filter prompt",
  export: "export prompt",
  quit: "quit question",
};

export function bindingsFor(mode: Mode, keymap: readonly KeyBinding[] = KEYMAP): KeyBinding[] {
  return keymap.filter((binding) => binding.modes.includes(mode));
}
