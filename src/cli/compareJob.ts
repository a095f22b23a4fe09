import type { CompareOptions } from "../core/compare.js";
import type { Comparison, DocumentComparison } from "../core/types.js";

/** What the comparison worker is given: only plain data crosses into a worker. */
export interface CompareJob {
  letter: string;
  press: string[];
  options: CompareOptions;
  read: { offline: boolean };
}

/**
 * What it sends back: warnings while it reads; the letter and every press document's source once all
 * inputs are read; each press document's comparison as it is done, in order; then `done` — or the failure.
 */
export type WorkerMessage =
  | { type: "warn"; line: string }
  | { type: "letter"; letter: Comparison["letter"]; sources: string[] }
  | { type: "document"; document: DocumentComparison }
  | { type: "done" }
  | { type: "failed"; oneLine: boolean; message: string; stack: string };
