import { wordDiff as jsWordDiff } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dedupeWhiteSpace } from "../../../src/core/align/diffWhiteSpace.js";

type Part = { value: string; added: boolean; removed: boolean; count: number };

/**
 * Parts as a word diff makes them: kept parts, and between two of them a deletion, an insertion or
 * both (deletion first); each part's text a word with white space around it, as diff tokens join.
 */
const word = fc.constantFrom("pupils", "read", "well", ",", ".", "é");
const space = fc.constantFrom("", " ", "  ", "\t", "\n", " \n ");
const value = fc.tuple(space, word, space).map(([a, w, b]) => a + w + b);
const change = fc.constantFrom("keep", "delete", "insert", "both");
const parts = fc.array(fc.tuple(change, value, value), { maxLength: 8 }).map((steps) => {
  const out: Part[] = [];
  let lastKept = true;
  for (const [kind, v, w] of steps) {
    if (kind === "keep" || !lastKept) {
      out.push({ value: v, added: false, removed: false, count: 1 });
      lastKept = true;
      if (kind === "keep") continue;
    }
    if (kind !== "insert") out.push({ value: v, added: false, removed: true, count: 1 });
    if (kind !== "delete") out.push({ value: w, added: true, removed: false, count: 1 });
    lastKept = false;
  }
  return out;
});

describe("dedupeWhiteSpace", () => {
  it("cleans the white space of the parts exactly as jsdiff's wordDiff.postProcess", () => {
    fc.assert(
      fc.property(parts, (ps) => {
        // Parts no diff makes (a neighbour without the white space the clean-up expects) make both
        // throw: jsdiff calls that a bug, and so does the transcription.
        const outcome = (clean: (p: Part[]) => Part[]) => {
          try {
            return clean(ps.map((p) => ({ ...p })));
          } catch {
            return "throws";
          }
        };
        expect(outcome(dedupeWhiteSpace)).toEqual(outcome((p) => jsWordDiff.postProcess(p, {}) as Part[]));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it("drops the space a deletion repeats from the words kept around it", () => {
    const kept = (value: string) => ({ value, added: false, removed: false, count: 1 });
    const out = dedupeWhiteSpace([
      kept("foo "),
      { value: " bar ", added: false, removed: true, count: 1 },
      kept(" baz"),
    ]);
    expect(out.map((p) => p.value)).toEqual(["foo ", "bar ", "baz"]);
  });
});
