import { Text } from "ink";
import type { Omission } from "../core/types.js";
import { listWindow } from "./listWindow.js";
import { Pane } from "./Pane.js";
import { sanitizeLine } from "./sanitize.js";

export interface OmissionListProps {
  omissions: readonly Omission[];
  /** How many more omitted findings the short list leaves out (counted, kept in the JSON report). */
  more?: number;
  cursor: number;
  width: number;
  height: number;
}

/** The letter's critical findings this press document never reports. */
export function OmissionList({ omissions, more = 0, cursor, width, height }: OmissionListProps) {
  const rows = Math.max(0, height - 3 - (more > 0 ? 1 : 0));
  const { start, end } = listWindow(omissions.length, cursor, rows);
  return (
    <Pane
      title={`Omitted critical findings ${omissions.length}${more > 0 ? ` of ${omissions.length + more}` : ""}`}
      width={width}
      height={height}
      focused
    >
      {omissions.length === 0 ? <Text dimColor>None: every critical finding is reported.</Text> : null}
      {omissions.slice(start, end).map((omission, i) => {
        const selected = start + i === cursor;
        return (
          <Text key={`${omission.start}-${omission.end}`} wrap="truncate-end" inverse={selected}>
            {selected ? "› " : "  "}
            <Text color="red">OMITTED</Text> {sanitizeLine(omission.text)}
          </Text>
        );
      })}
      {more > 0 ? <Text dimColor>and {more} more (in the JSON report)</Text> : null}
    </Pane>
  );
}
