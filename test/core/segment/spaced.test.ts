import { describe, expect, it } from "vitest";
import { spaced } from "../../../src/core/segment/spaced.js";

describe("spaced", () => {
  it("is replace(/\\s+/g, ' ').trim(), and the text itself when it is single-spaced already", () => {
    for (const text of [
      "",
      " ",
      "Leaders act quickly",
      " Leaders act",
      "Leaders act ",
      "Leaders  act",
      "Leaders\tact",
      "Leaders\nact",
      "Leaders\u00a0act",
      "Leaders\u2009act",
      "\ufeffLeaders act",
    ])
      expect(spaced(text)).toBe(text.replace(/\s+/g, " ").trim());
    const plain = "Staff know the children well";
    expect(spaced(plain)).toBe(plain);
  });
});
