import { Box, Text } from "ink";
import type { Comparison } from "../core/types.js";
import { plural } from "../report/format.js";
import type { KindFilter } from "../review/filters.js";
import type { Progress } from "../review/selectors.js";
import { sanitizeLine } from "./sanitize.js";
import { shortenPath } from "./shortenPath.js";

export interface HeaderProps {
  comparison: Comparison;
  documentIndex: number;
  /** Press documents still being compared (counted in the total, announced on the second line). */
  pending?: number;
  progress: Progress;
  kindFilter: KindFilter;
  textFilter: string;
  width: number;
}

/** "3/12 claims reviewed, 1 discrepancy" — or, for another document's coverage, how many are not checked. */
export function progressText(progress: Progress): string {
  const reviewed = `${progress.reviewed}/${plural(progress.total, "claim")} reviewed`;
  return progress.assessed
    ? `${reviewed}, ${plural(progress.discrepancies, "discrepancy", "discrepancies")}`
    : `${reviewed}, ${progress.notChecked} not checked against this letter`;
}

/** Two lines: what is compared with what, then progress, filters and a different-document warning. */
export function Header({
  comparison,
  documentIndex,
  pending = 0,
  progress,
  kindFilter,
  textFilter,
  width,
}: HeaderProps) {
  const doc = comparison.documents[documentIndex];
  const count = comparison.documents.length + pending;
  // "press N/M" and the press file's name matter most: when the line does not fit, the title goes first,
  // then the paths are shortened from the left (the press path given room first).
  const letter = sanitizeLine(comparison.letter.source);
  const press = sanitizeLine(doc?.source ?? "(none)");
  const position = `  press ${documentIndex + 1}/${count}: `;
  const whole = `presscheck review  letter: ${letter}${position}${press}`.length <= width;
  const title = whole ? "presscheck review" : "";
  const room = Math.max(8, width - "letter: ".length - position.length);
  const pressRoom = whole
    ? press.length
    : Math.max(Math.min(press.length, Math.ceil(room * 0.6)), room - letter.length);
  const letterRoom = whole ? letter.length : Math.max(4, room - Math.min(press.length, pressRoom));
  return (
    <Box flexDirection="column" width={width} height={2}>
      <Text wrap="truncate-end">
        <Text bold>{title}</Text>
        {`${title ? "  " : ""}letter: `}
        <Text color="cyan">{shortenPath(letter, letterRoom)}</Text>
        {position}
        <Text color="cyan">{shortenPath(press, pressRoom)}</Text>
      </Text>
      <Text wrap="truncate-end">
        {progressText(progress)}
        {kindFilter !== "all" ? `  kind: ${kindFilter}` : ""}
        {textFilter !== "" ? `  filter: "${sanitizeLine(textFilter)}"` : ""}
        {pending > 0 ? (
          <Text dimColor>{`  comparing ${pending} more press document${pending === 1 ? "" : "s"}…`}</Text>
        ) : (
          ""
        )}
        {doc?.differentDocument ? (
          <Text color="red" bold>
            {`  ⚠ reports on a different document${
              doc.differentDocumentReason ? `: ${sanitizeLine(doc.differentDocumentReason)}` : ""
            }`}
          </Text>
        ) : (
          ""
        )}
      </Text>
    </Box>
  );
}
