import { describe, expect, it } from "vitest";
import { mentionsOf } from "../../../../src/core/judge/grades/scale.js";

describe("mentionsOf", () => {
  it("finds no mention in a sentence without grade words", () => {
    expect(mentionsOf("Staff know the children well and plan their care with them.")).toEqual([]);
    expect(mentionsOf("Goodwill among carers is high.")).toEqual([]);
  });

  it("finds the grade words with a scale digit and quotes around them", () => {
    const text = "The home was rated ‘Good’ and its meals 4 - good, up from poor.";
    expect(mentionsOf(text).map((m) => [text.slice(m.start, m.end), m.grade])).toEqual([
      ["‘Good’", "good"],
      ["4 - good", "good"],
      ["poor", "poor"],
    ]);
  });
});
