import { Text } from "ink";
import type { DocumentSummary, Omission } from "../core/types.js";
import { noOmissionsText, omissionsHeading } from "../report/summaryText.js";
import type { Decision } from "../review/decisions.js";
import { decisionMark } from "./kindStyle.js";
import { listWindow } from "./listWindow.js";
import { Pane } from "./Pane.js";
import { sanitizeLine } from "./sanitize.js";

export interface OmissionListProps {
  omissions: readonly Omission[];
  /** The document's figures: whether omissions were assessed at all (not for another document's coverage). */
  summary: DocumentSummary;
  /** The reviewer's decision about the i-th omission. */
  decisionOf?: (omissionIndex: number) => Decision | undefined;
  /** How many more omitted findings the short list leaves out (counted, kept in the JSON report). */
  more?: number;
  cursor: number;
  width: number;
  height: number;
}

/** The letter's critical findings this press document never reports. */
export function OmissionList({
  omissions,
  summary,
  decisionOf,
  more = 0,
  cursor,
  width,
  height,
}: OmissionListProps) {
  const rows = Math.max(0, height - 3 - (more > 0 ? 1 : 0));
  const { start, end } = listWindow(omissions.length, cursor, rows);
  const title =
    summary.assessed && more > 0
      ? `Omitted critical findings ${omissions.length} of ${omissions.length + more}`
      : omissionsHeading(summary);
  return (
    <Pane title={title} width={width} height={height} focused>
      {omissions.length === 0 ? <Text dimColor>{noOmissionsText(summary)}</Text> : null}
      {omissions.slice(start, end).map((omission, i) => {
        const selected = start + i === cursor;
        const { mark, colour } = decisionMark(decisionOf?.(start + i));
        return (
          <Text key={`${omission.start}-${omission.end}`} wrap="truncate-end" inverse={selected}>
            {selected ? "›" : " "}
            <Text color={colour}>{mark}</Text> <Text color="red">OMITTED</Text> {sanitizeLine(omission.text)}
          </Text>
        );
      })}
      {more > 0 ? <Text dimColor>and {more} more (in the JSON report)</Text> : null}
    </Pane>
  );
}
