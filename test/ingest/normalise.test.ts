import { describe, expect, it } from "vitest";
import { normaliseText } from "../../src/core/ingest/normalise.js";

describe("normaliseText", () => {
  it("turns Windows and old Mac line ends into \\n", () => {
    expect(normaliseText("Dear Ms Patel\r\n\r\nThe visit\rwent well.\r")).toBe(
      "Dear Ms Patel\n\nThe visit\nwent well.\n",
    );
  });

  it("drops soft hyphens and zero-width characters, and keeps no-break spaces (read as white space later)", () => {
    const raw =
      "Leeds\u00a0City Council: inter\u00advention is\u202fprompt;\u200b 10\u2007000 homes\u2060.\ufeff";
    expect(normaliseText(raw)).toBe(
      "Leeds\u00a0City Council: intervention is\u202fprompt; 10\u2007000 homes.",
    );
  });

  it("strips terminal escape sequences and other control characters but keeps tabs", () => {
    const raw = "Safe\u001b[31m red\u001b[0m text\u001b]0;title\u0007 here\u0008\tand\u009b there";
    expect(normaliseText(raw)).toBe("Safe red text here\tand there");
  });

  it("leaves ordinary text alone", () => {
    const text = "HMI Probation found that “most” cases – 42 of 60 – were handled well.\n";
    expect(normaliseText(text)).toBe(text);
  });
});
