import { Box, Text } from "ink";
import type { ReactNode } from "react";
import type { Finding, LetterFinding } from "../core/types.js";
import { closestLabel, rulesLabel } from "../report/findingNotes.js";
import type { Decision } from "../review/decisions.js";
import { isDiscrepancy } from "../review/discrepancy.js";
import { DiffView } from "./DiffView.js";
import { KIND_BADGES } from "./kindStyle.js";
import { LetterContextView } from "./LetterContextView.js";
import { Pane } from "./Pane.js";
import { sanitizeLine } from "./sanitize.js";

export interface FindingDetailProps {
  finding: Finding | undefined;
  decision: Decision | undefined;
  letterSentences: readonly LetterFinding[];
  expanded: boolean;
  width: number;
  height: number;
  scroll?: number;
  onScrollMax?: (max: number) => void;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text bold underline>
        {title}
      </Text>
      {children}
    </Box>
  );
}

function DecisionLine({ decision }: { decision: Decision | undefined }) {
  const verdict = decision?.verdict;
  // Wrapped, not cut: the whole note is visible in the detail pane.
  return (
    <Text wrap="wrap">
      {"Review: "}
      {verdict === "confirmed" ? <Text color="green">✓ confirmed</Text> : null}
      {verdict === "dismissed" ? <Text color="red">✗ dismissed</Text> : null}
      {verdict === undefined ? <Text dimColor>not reviewed</Text> : null}
      {decision?.note ? `  note: ${sanitizeLine(decision.note)}` : ""}
    </Text>
  );
}

/** "(no letter passage)", with an unsupported claim's closest letter sentence when it has one. */
function noPassage(finding: Finding, letterSentences: readonly LetterFinding[]): string {
  const closest = closestLabel(finding, (start, end) => {
    const s = letterSentences.find((x) => x.start <= start && end <= x.end);
    return s ? s.text.slice(start - s.start, end - s.start) : "";
  });
  return closest ? `(no letter passage; ${sanitizeLine(closest)})` : "(no letter passage)";
}

/**
 * The selected finding in full. The most useful lines come first (kind, review, press, letter, diff,
 * why): the pane clips what does not fit. With context expanded the letter section shows the sentences
 * around the source instead of the source alone.
 */
export function FindingDetail({
  finding,
  decision,
  letterSentences,
  expanded,
  width,
  height,
  scroll,
  onScrollMax,
}: FindingDetailProps) {
  if (!finding) {
    return (
      <Pane title="Finding" width={width} height={height} scroll={scroll ?? 0} onScrollMax={onScrollMax}>
        <Text dimColor>Nothing selected.</Text>
      </Pane>
    );
  }
  const kind = KIND_BADGES[finding.kind];
  return (
    <Pane title="Finding" width={width} height={height} scroll={scroll ?? 0} onScrollMax={onScrollMax}>
      <Text wrap="truncate-end">
        <Text color={kind.colour} bold>
          {kind.title}
        </Text>
        {` (${finding.kind})`}
        {finding.flags.length > 0 ? <Text color="yellow">{`  ⚑ ${finding.flags.join(", ")}`}</Text> : ""}
        {isDiscrepancy(finding) ? <Text color="red">{"  discrepancy"}</Text> : ""}
      </Text>
      <DecisionLine decision={decision} />
      <Section title="Press">
        <Text>{sanitizeLine(finding.press.text)}</Text>
      </Section>
      <Section
        title={expanded ? "Letter, in context" : finding.letter.length > 1 ? "Letter sentences" : "Letter"}
      >
        {expanded ? (
          <LetterContextView sentences={letterSentences} spans={finding.letter} />
        ) : finding.letter.length === 0 ? (
          <Text dimColor>{noPassage(finding, letterSentences)}</Text>
        ) : (
          finding.letter.map((span) => (
            <Text key={`${span.start}-${span.end}`}>{sanitizeLine(span.text)}</Text>
          ))
        )}
      </Section>
      {finding.diff && finding.diff.length > 0 ? (
        <Section title="Diff (letter → press: [-removed-] {+added+})">
          <DiffView parts={finding.diff} />
        </Section>
      ) : null}
      <Section title="Why">
        <Text>{sanitizeLine(finding.reason)}</Text>
        {finding.rules?.length ? <Text dimColor>{rulesLabel(finding)}</Text> : null}
      </Section>
    </Pane>
  );
}
