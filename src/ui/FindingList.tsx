import { Text } from "ink";
import type { DocumentComparison } from "../core/types.js";
import type { Decision } from "../review/decisions.js";
import { BADGE_WIDTH, decisionMark, FLAG_SHORT, KIND_BADGES } from "./kindStyle.js";
import { listWindow } from "./listWindow.js";
import { Pane } from "./Pane.js";
import { sanitizeLine } from "./sanitize.js";

export interface FindingListProps {
  document: DocumentComparison;
  /** Indexes into `document.findings`, as filtered. */
  visible: readonly number[];
  cursor: number;
  decisionOf: (findingIndex: number) => Decision | undefined;
  width: number;
  height: number;
}

/** The findings, one line each: cursor, review mark, kind badge, flags, the press sentence's first words. */
export function FindingList({ document, visible, cursor, decisionOf, width, height }: FindingListProps) {
  const rows = Math.max(0, height - 3); // border (2) and title (1)
  const { start, end } = listWindow(visible.length, cursor, rows);
  const range = visible.length > rows ? ` ${start + 1}–${end} of ${visible.length}` : ` ${visible.length}`;
  const total = document.findings.length;
  const title = `Findings${range}${visible.length < total ? ` (filtered from ${total})` : ""}`;
  return (
    <Pane title={title} width={width} height={height} focused>
      {visible.length === 0 ? <Text dimColor>No findings match (f: kind filter, /: text filter)</Text> : null}
      {visible.slice(start, end).map((findingIndex, i) => {
        const finding = document.findings[findingIndex];
        if (!finding) return null;
        const selected = start + i === cursor;
        const { mark, colour } = decisionMark(decisionOf(findingIndex));
        const kind = KIND_BADGES[finding.kind];
        const flags = finding.flags.map((f) => FLAG_SHORT[f]).join(",");
        return (
          <Text key={finding.id + String(findingIndex)} wrap="truncate-end" inverse={selected}>
            {selected ? "›" : " "}
            <Text color={colour}>{mark}</Text>{" "}
            <Text color={kind.colour}>{kind.badge.padEnd(BADGE_WIDTH)}</Text>
            {flags ? <Text color="yellow">{` ⚑${flags}`}</Text> : ""} {sanitizeLine(finding.press.text)}
          </Text>
        );
      })}
    </Pane>
  );
}
