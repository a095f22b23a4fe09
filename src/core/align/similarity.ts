import { createRequire } from "node:module";

// string-similarity is unmaintained: it stays behind this one function so it can be replaced.
const require = createRequire(import.meta.url);
const stringSimilarity = require("string-similarity") as { compareTwoStrings(a: string, b: string): number };

/** Dice coefficient of character bigrams (0..1), case and white space insensitive. */
export function similarity(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(a.toLowerCase(), b.toLowerCase());
}
