import { DISCREPANCY_KINDS, type Finding } from "../core/types.js";

/**
 * A finding the reviewer should look at first: its kind misreports the letter, or it carries any flag
 * (a flag marks a distortion — selective, overgeneralised… — even on an otherwise faithful kind).
 */
export function isDiscrepancy(finding: Pick<Finding, "kind" | "flags">): boolean {
  return DISCREPANCY_KINDS.has(finding.kind) || finding.flags.length > 0;
}
