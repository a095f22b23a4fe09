import { describe, expect, it } from "vitest";
import { findingsOf } from "../../../fixtures/judgeAgainst.js";

const LETTER = [
  "Dear Mr Haddad",
  "Inspectors found that the hospice gives safe and kind care. The next full inspection will be within approximately two years.",
  "Yours sincerely",
].join("\n\n");

describe("a follow-up visit the letter never mentions", () => {
  it("is unsupported when its kind is nowhere in the letter", () => {
    const [f] = findingsOf(
      LETTER,
      "The next inspection of the hospice will be a focused inspection within two years.",
    );
    expect(f?.kind).toBe("unsupported");
    expect(f?.rules).toContain("follow-up-visit");
    expect(f?.reason).toMatch(/nowhere mentions/);
  });

  it("leaves a visit the letter names to the usual rules", () => {
    const [f] = findingsOf(LETTER, "The next full inspection will be within about two years.");
    expect(f?.kind).not.toBe("unsupported");
  });
});
