import { Box, Text } from "ink";
import { KEYMAP, type KeyBinding, MODE_NAMES } from "./keymap.js";
import { Pane } from "./Pane.js";

export interface HelpOverlayProps {
  width: number;
  height: number;
  scroll: number;
  keymap?: readonly KeyBinding[];
}

const KEY_COLUMN = 13;

/** Every key from the keymap with what it does and where; scrolls with j/k when it does not fit. */
export function HelpOverlay({ width, height, scroll, keymap = KEYMAP }: HelpOverlayProps) {
  const rows = Math.max(0, height - 3);
  const maxScroll = Math.max(0, keymap.length - rows);
  const start = Math.min(scroll, maxScroll);
  const more =
    keymap.length > rows
      ? ` ${start + 1}–${Math.min(keymap.length, start + rows)} of ${keymap.length} (j/k scroll)`
      : "";
  return (
    <Pane title={`Keys${more}`} width={width} height={height} focused>
      <Box flexDirection="column">
        {keymap.slice(start, start + rows).map((b) => (
          <Text key={`${b.command}-${b.label}`} wrap="truncate-end">
            <Text color="cyan">{b.label.padEnd(KEY_COLUMN)}</Text>
            {b.description}
            <Text dimColor>{`  (${b.modes.map((m) => MODE_NAMES[m]).join(", ")})`}</Text>
          </Text>
        ))}
      </Box>
    </Pane>
  );
}
