import { describe, expect, it } from "vitest";
import { comparePressDocument, prepareLetter, TimeLimitError } from "../../src/core/compare.js";
import { checkDeadline, deadlineAfter, within } from "../../src/core/deadline.js";
import { pressGradeClaims } from "../../src/core/judge/grades.js";

const expired = () => ({ at: Number.NEGATIVE_INFINITY, expired: () => new Error("too long: press.txt") });

describe("deadline", () => {
  it("does nothing outside a comparison or without a limit", () => {
    expect(() => checkDeadline()).not.toThrow();
    expect(deadlineAfter(undefined, () => new Error("x"))).toBeUndefined();
    expect(within(undefined, () => pressGradeClaims("The school was rated good."))).toHaveLength(1);
  });

  it("stops a sentence's grade claims mid-way once the deadline has passed", () => {
    expect(() => within(expired(), () => pressGradeClaims("The school was rated good."))).toThrow(
      "too long: press.txt",
    );
  });

  it("restores the deadline before it after a throw", () => {
    expect(() => within(expired(), () => checkDeadline())).toThrow();
    expect(() => checkDeadline()).not.toThrow();
  });

  it("ends a comparison past its limit with a TimeLimitError naming the document", () => {
    const letter = prepareLetter({
      source: "letter.txt",
      format: "text",
      text: "Leaders are good. Pupils behave well in lessons and around the school.",
    });
    const press = {
      source: "press.txt",
      format: "text" as const,
      text: "Inspectors said “pupils behave well”.",
    };
    expect(() => comparePressDocument(letter, press, { timeLimitMs: -1 })).toThrow(TimeLimitError);
    expect(() => comparePressDocument(letter, press, { timeLimitMs: -1 })).toThrow(/press\.txt/);
  });
});
