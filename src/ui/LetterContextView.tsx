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
        <Text key={sentence.index} bold={isSource} dimColor={!isSource}>
          {isSource ? "▶ " : "  "}
          {sanitizeLine(sentence.text)}
        </Text>
      ))}
    </Box>
  );
}
