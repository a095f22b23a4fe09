import { describe, expect, it } from "vitest";
import { withFields } from "../../src/core/withFields.js";

describe("withFields", () => {
  it("is the spread { ...base, ...fields }: the same keys, in the same order, with the same values", () => {
    const base = { kind: "paraphrase", flags: [] as string[], similarity: 0.5 };
    const fields = { rules: ["paraphrase"], reason: "restates the letter" };
    const made = withFields(base, fields);
    expect(made).toEqual({ ...base, ...fields });
    expect(Object.keys(made)).toEqual(["kind", "flags", "similarity", "rules", "reason"]);
  });

  it("gives a key of the fields the new value in the place the base gave it", () => {
    const made = withFields({ a: 1, b: 2, c: 3 }, { b: 20, d: 4 });
    expect(Object.entries(made)).toEqual([
      ["a", 1],
      ["b", 20],
      ["c", 3],
      ["d", 4],
    ]);
  });

  it("keeps a field set to undefined as a key, as the spread does", () => {
    const made = withFields({ diff: ["x"] }, { diff: undefined });
    expect("diff" in made).toBe(true);
    expect(made.diff).toBeUndefined();
  });

  it("leaves the base as it was", () => {
    const base = { start: 1, end: 2 };
    withFields(base, { text: "invented" });
    expect(base).toEqual({ start: 1, end: 2 });
  });
});
