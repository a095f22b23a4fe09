import { Box, Text } from "ink";
import type { ReviewState } from "../review/reviewState.js";
import { currentMode } from "../review/selectors.js";
import { footerLines } from "./footerLines.js";
import { FOOTER_LINES } from "./layout.js";
import { PromptLine } from "./PromptLine.js";

/** Prompt or message, then the keys that work in the current mode (from the keymap). */
export function Footer({ state, width }: { state: ReviewState; width: number }) {
  const lines = footerLines(currentMode(state), width, FOOTER_LINES - 1);
  return (
    <Box flexDirection="column" width={width} height={FOOTER_LINES}>
      <PromptLine state={state} />
      {lines.map((line) => (
        <Text key={line} dimColor wrap="truncate-end">
          {line}
        </Text>
      ))}
    </Box>
  );
}
