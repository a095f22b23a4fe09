import { Box, Text } from "ink";
import type { ReactElement } from "react";
import { FLAGS, KINDS } from "../core/types.js";
import { FLAG_MEANINGS, KIND_MEANINGS } from "../report/vocabulary.js";
import { KEYMAP, type KeyBinding, MODE_NAMES } from "./keymap.js";
import { FLAG_SHORT, KIND_BADGES } from "./kindStyle.js";
import { Pane } from "./Pane.js";

export interface HelpOverlayProps {
  width: number;
  height: number;
  scroll: number;
  keymap?: readonly KeyBinding[];
}

const KEY_COLUMN = 13;

/** What the list's badges, flags and marks mean (NOCHECK, PARA, ⚑sel, ✓…), after the keys. */
function legendRows(): ReactElement[] {
  const row = (key: string, label: string, text: string, colour?: string) => (
    <Text key={key} wrap="truncate-end">
      <Text color={colour}>{label.padEnd(KEY_COLUMN)}</Text>
      {text}
    </Text>
  );
  return [
    <Text key="legend-gap"> </Text>,
    <Text key="legend-title" bold>
      Badges, flags and marks in the list
    </Text>,
    ...KINDS.map((kind) =>
      row(
        `kind-${kind}`,
        KIND_BADGES[kind].badge,
        `${kind}: ${KIND_MEANINGS[kind]}`,
        KIND_BADGES[kind].colour,
      ),
    ),
    ...FLAGS.map((flag) => row(`flag-${flag}`, `⚑${FLAG_SHORT[flag]}`, `${flag}: ${FLAG_MEANINGS[flag]}`)),
    row("mark-confirmed", "✓", "you confirmed it", "green"),
    row("mark-dismissed", "✗", "you dismissed it", "red"),
    row("mark-note", "✎", "a note, no verdict", "yellow"),
  ];
}

/**
 * Every key from the keymap with what it does and where, then what the badges mean; scrolls with j/k
 * when it does not fit.
 */
export function HelpOverlay({ width, height, scroll, keymap = KEYMAP }: HelpOverlayProps) {
  const lines: ReactElement[] = [
    ...keymap.map((b) => (
      <Text key={`${b.command}-${b.label}`} wrap="truncate-end">
        <Text color="cyan">{b.label.padEnd(KEY_COLUMN)}</Text>
        {b.description}
        <Text dimColor>{`  (${b.modes.map((m) => MODE_NAMES[m]).join(", ")})`}</Text>
      </Text>
    )),
    ...legendRows(),
  ];
  const rows = Math.max(0, height - 3);
  const maxScroll = Math.max(0, lines.length - rows);
  const start = Math.min(scroll, maxScroll);
  const more =
    lines.length > rows
      ? ` ${start + 1}–${Math.min(lines.length, start + rows)} of ${lines.length} (j/k scroll)`
      : "";
  return (
    <Pane title={`Keys${more}`} width={width} height={height} focused>
      <Box flexDirection="column">{lines.slice(start, start + rows)}</Box>
    </Pane>
  );
}
