import { describe, expect, it } from "vitest";
import { stemWord } from "../../../src/core/text/stem.js";

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
