/**
 * The `--fail-on` vocabulary, apart from check.ts (which loads zod for its JSON output) so that the
 * command line can list it under `check --help` without loading more.
 */
import { FLAGS, KINDS } from "../core/types.js";

/**
 * What `--fail-on` accepts: any kind or flag, plus two document-level tokens:
 * - `different-document`: fail when a press document reports on another regulator document;
 * - `omission`: fail when a document leaves out a critical letter finding;
 * - `no-claims`: fail when a document makes no claim about the letter at all (a text on another
 *   subject, most often the wrong file): nothing in it could be checked, so it is not "faithful".
 */
export const FAIL_ON_TOKENS = [...KINDS, ...FLAGS, "different-document", "omission", "no-claims"] as const;
export type FailOnToken = (typeof FAIL_ON_TOKENS)[number];

/**
 * The discrepancy kinds and the `selective` flag: what misreports the letter by default; and a text
 * with no claim about the letter, which a batch run should not pass as checked.
 */
export const DEFAULT_FAIL_ON: ReadonlySet<FailOnToken> = new Set<FailOnToken>([
  "quote-altered",
  "quote-not-found",
  "overstated",
  "unsupported",
  "selective",
  "no-claims",
]);
