import { describe, expect, it } from "vitest";
import { rekind } from "../../../src/core/judge/rekind.js";
import type { Judgement } from "../../../src/core/types.js";

describe("rekind", () => {
  it("gives a judgement its new kind, sources and reason, dropping the old flags and diff", () => {
    const before: Judgement & { extra: number } = {
      kind: "quote-altered",
      flags: ["selective"],
      letter: [],
      similarity: 0.8,
      diff: [{ op: "equal", text: "good" }] as Judgement["diff"],
      reason: "a word changed",
      extra: 7,
    };
    const after = rekind(before, "not-checked", [], "the speaker's own view");
    expect(after).toEqual({
      kind: "not-checked",
      flags: [],
      letter: [],
      similarity: 0.8,
      diff: undefined,
      reason: "the speaker's own view",
      extra: 7,
    });
  });
});
