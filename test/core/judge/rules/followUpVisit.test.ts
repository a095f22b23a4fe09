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

describe("a return visit checked against the letter's announcement", () => {
  const RETURNING = [
    "Dear Parent/Carer",
    "Pupils enjoy coming to the library. Too few pupils read widely.",
    "HMI will return to inspect the school again within twelve months.",
    "Yours faithfully",
  ].join("\n\n");
  const NOT_RETURNING = [
    "Dear Parent/Carer",
    "Pupils enjoy coming to the library. We are confident that the school can improve. We will make no more visits in connection with this inspection.",
    "Yours faithfully",
  ].join("\n\n");

  it("reports a return the letter announces, in other words, as a paraphrase of the announcement", () => {
    const [f] = findingsOf(
      RETURNING,
      "The inspectors will visit again by next summer to check how pupils are reading.",
    );
    expect(f?.kind).toBe("paraphrase");
    expect(f?.rules).toContain("follow-up-visit");
    expect(f?.letter[0]?.text).toMatch(/HMI will return/);
  });

  it("finds a return the letter rules out unsupported", () => {
    const [f] = findingsOf(NOT_RETURNING, "Inspectors will come back next year to check on progress.");
    expect(f?.kind).toBe("unsupported");
    expect(f?.rules).toContain("follow-up-visit");
  });

  it("leaves a return someone else makes alone", () => {
    const found = findingsOf(RETURNING, "The head will return to the governors with a plan in the spring.");
    expect(found.every((f) => !f.rules.includes("follow-up-visit"))).toBe(true);
  });
});
