import { Box, Text } from "ink";
import { placesLabel } from "../core/omissions/sectionLabel.js";
import type { LetterFinding, Omission } from "../core/types.js";
import type { Decision } from "../review/decisions.js";
import { LetterContextView } from "./LetterContextView.js";
import { Pane } from "./Pane.js";
import { sanitizeLine } from "./sanitize.js";

export interface OmissionDetailProps {
  omission: Omission | undefined;
  decision?: Decision | undefined;
  letterSentences: readonly LetterFinding[];
  expanded: boolean;
  width: number;
  height: number;
  scroll?: number;
  onScrollMax?: (max: number) => void;
}

export function OmissionDetail({
  omission,
  decision,
  letterSentences,
  expanded,
  width,
  height,
  scroll,
  onScrollMax,
}: OmissionDetailProps) {
  return (
    <Pane title="Omission" width={width} height={height} scroll={scroll ?? 0} onScrollMax={onScrollMax}>
      {omission ? (
        <Box flexDirection="column">
          <Text color="red" bold>
            Not reported by this press document
          </Text>
          <Text>{`Review: ${decision?.verdict ?? "not reviewed"}`}</Text>
          {decision?.note ? <Text>{`Note: ${sanitizeLine(decision.note)}`}</Text> : null}
          <Box marginTop={1} flexDirection="column">
            <Text bold underline>
              Letter
            </Text>
            {expanded ? (
              <LetterContextView sentences={letterSentences} spans={[omission]} />
            ) : (
              <Text>{sanitizeLine(omission.text)}</Text>
            )}
          </Box>
          <Box marginTop={1} flexDirection="column">
            <Text bold underline>
              Why
            </Text>
            <Text>{sanitizeLine(omission.reason)}</Text>
            {omission.places && omission.places.length > 0 ? (
              <Text dimColor>Stated in: {sanitizeLine(placesLabel(omission))}</Text>
            ) : null}
          </Box>
        </Box>
      ) : (
        <Text dimColor>Nothing selected.</Text>
      )}
    </Pane>
  );
}
