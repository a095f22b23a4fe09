import type { CompareOptions } from "../core/compare.js";
import type { Comparison } from "../core/types.js";

/** What the comparison worker is given: only plain data crosses into a worker. */
export interface CompareJob {
  letter: string;
  press: string[];
  options: CompareOptions;
  read: { offline: boolean };
}

/** What it sends back: warnings while it works, then the comparison or the failure. */
export type WorkerMessage =
  | { type: "warn"; line: string }
  | { type: "done"; comparison: Comparison }
  | { type: "failed"; oneLine: boolean; message: string; stack: string };
