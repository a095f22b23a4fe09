import { describe, expect, it } from "vitest";
import { stemsSoFar, stemWord } from "../../../src/core/text/stem.js";

describe("stemWord", () => {
  it("joins derivations a paraphrase moves between", () => {
    expect(stemWord("timeliness")).toBe(stemWord("timely"));
    expect(stemWord("permanency")).toBe(stemWord("permanence"));
    expect(stemWord("consistently")).toBe(stemWord("consistent"));
    expect(stemWord("improvement")).toBe(stemWord("improving"));
  });

  it("keeps different words apart and numbers as they are", () => {
    expect(stemWord("care")).not.toBe(stemWord("career"));
    expect(stemWord("school")).not.toBe(stemWord("scholar"));
    expect(stemWord("2019")).toBe("2019");
  });
});

// The second pass is memoised by the first pass's stem; it must give natural's two passes exactly.
describe("stemWord's memoised second pass", () => {
  it("equals natural's Porter stemmer applied twice, word for word", async () => {
    const { createRequire } = await import("node:module");
    const porter = createRequire(import.meta.url)("natural/lib/natural/stemmers/porter_stemmer") as {
      stem(w: string): string;
    };
    const words =
      "inspected inspecting inspection inspections inspector timeliness timely permanence permanency consistently consistent improvement improving improved generalisation generalise relational conditional happiness hopeful hopefulness adjustable adjustment agreed agreement running runs ran".split(
        " ",
      );
    for (const w of words) expect(stemWord(w)).toBe(porter.stem(porter.stem(w)));
  });
});

// What the build reads after loading the engine, to put the stems of its vocabulary in the bundle.
describe("stemsSoFar", () => {
  it("lists each word stemmed so far with its stem", () => {
    const stem = stemWord("reassessments");
    const known = new Map(stemsSoFar());
    expect(known.get("reassessments")).toBe(stem);
    for (const [word, s] of known) expect(stemWord(word)).toBe(s);
  });
});
