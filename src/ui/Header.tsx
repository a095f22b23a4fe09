import { Box, Text } from "ink";
import type { Comparison } from "../core/types.js";
import type { KindFilter } from "../review/filters.js";
import type { Progress } from "../review/selectors.js";
import { sanitizeLine } from "./sanitize.js";

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
  return (
    <Box flexDirection="column" width={width} height={2}>
      <Text wrap="truncate-end">
        <Text bold>presscheck review</Text>
        {"  letter: "}
        <Text color="cyan">{sanitizeLine(comparison.letter.source)}</Text>
        {`  press ${documentIndex + 1}/${count}: `}
        <Text color="cyan">{sanitizeLine(doc?.source ?? "(none)")}</Text>
      </Text>
      <Text wrap="truncate-end">
        {`${progress.reviewed}/${progress.total} reviewed, ${progress.discrepancies} discrepancies`}
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
