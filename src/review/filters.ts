import { type Finding, KINDS, type Kind } from "../core/types.js";
import type { Decision } from "./decisions.js";
import { isDiscrepancy } from "./discrepancy.js";

/** What `f` cycles through: everything, discrepancies only, then each kind present in the document. */
export type KindFilter = "all" | "discrepancies" | Kind;

export function matchesKindFilter(finding: Finding, filter: KindFilter): boolean {
  if (filter === "all") return true;
  if (filter === "discrepancies") return isDiscrepancy(finding);
  return finding.kind === filter;
}

/** Case-insensitive substring match on everything the detail pane shows as text. */
export function matchesTextFilter(finding: Finding, decision: Decision | undefined, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (needle === "") return true;
  const haystack = [
    finding.press.text,
    ...finding.letter.map((s) => s.text),
    finding.reason,
    decision?.note ?? "",
  ];
  return haystack.some((field) => field.toLowerCase().includes(needle));
}

/** The filter after `current`; kinds absent from the document are skipped (they would show nothing). */
export function nextKindFilter(current: KindFilter, findings: readonly Finding[]): KindFilter {
  const present = KINDS.filter((kind) => findings.some((f) => f.kind === kind));
  const cycle: KindFilter[] = ["all", "discrepancies", ...present];
  const at = cycle.indexOf(current);
  // A kind that is not in this document (after switching documents) restarts the cycle.
  return at === -1 ? "all" : (cycle[(at + 1) % cycle.length] ?? "all");
}
