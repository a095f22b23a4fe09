import type { CompareOptions } from "../core/compare.js";
import type { Comparison } from "../core/types.js";
import { InputOptionsSchema, TimeLimitSchema } from "./options.js";
import type { runComparison as RunComparison } from "./run.js";
import { warn } from "./warn.js";

export { warn };

/**
 * Reads and compares in this thread (report, check, the demo without a terminal). The comparison code
 * loads only then: a review compares in a worker, and this thread has Ink to load meanwhile.
 */
export const compareHere: typeof RunComparison = async (...args) =>
  (await import("./run.js")).runComparison(...args);

/** What a command's options say about reading (--offline, --max-size) and comparing (--time-limit, --regulator). */
export function compareSettings(raw: Record<string, unknown>, regulatorNames: string[]) {
  const read = InputOptionsSchema.parse(raw);
  const { timeLimit } = TimeLimitSchema.parse(raw);
  const options: CompareOptions = { regulatorNames, timeLimitMs: timeLimit * 1000 };
  return { options, read };
}

/** The letter and press documents read and compared in this thread as the command's options say. */
export function compareWithOptions(
  letter: string,
  press: string[],
  raw: Record<string, unknown>,
  regulatorNames: string[],
): Promise<Comparison> {
  const { options, read } = compareSettings(raw, regulatorNames);
  return compareHere(letter, press, options, warn, read);
}
