import { Box, Text } from "ink";
import type { LetterFinding, Span } from "../core/types.js";
import { letterContext } from "./letterContext.js";
import { sanitizeLine } from "./sanitize.js";

export interface LetterContextViewProps {
  sentences: readonly LetterFinding[];
  spans: readonly Pick<Span, "start" | "end">[];
}

/** The letter around the source: source sentences marked ▶ and bold, neighbours dimmed. */
export function LetterContextView({ sentences, spans }: LetterContextViewProps) {
  const lines = letterContext(sentences, spans);
  if (lines.length === 0) return <Text dimColor>(no letter sentence to show around)</Text>;
  return (
    <Box flexDirection="column">
      {lines.map(({ sentence, isSource }) => (
        // The marker has its own column so that a wrapped sentence stays indented under its first line.
        <Box key={sentence.index} flexDirection="row">
          <Box width={2} flexShrink={0}>
            <Text bold={isSource}>{isSource ? "▶" : " "}</Text>
          </Box>
          <Box flexGrow={1} flexShrink={1}>
            <Text bold={isSource} dimColor={!isSource}>
              {sanitizeLine(sentence.text)}
            </Text>
          </Box>
        </Box>
      ))}
    </Box>
  );
}
