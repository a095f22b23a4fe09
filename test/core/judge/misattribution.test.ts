import { describe, expect, it } from "vitest";
import { findingsOf } from "../../fixtures/judgeAgainst.js";

const LETTER = [
  "Dear Mr Okoye",
  "Inspection of Eastbury Supported Living",
  'Staff supported tenants to plan their week. Tenants told us "the wardens are always there when we need them". Some relatives told inspectors that they have to chase the office for answers.',
  'The workforce told us that rotas change at short notice. Our previous report said "medication audits must be completed weekly" and this has now happened.',
  "Care plans were detailed and up to date.",
  "Yours sincerely",
].join("\n\n");

const finding = (article: string) => findingsOf(LETTER, article)[0];

describe("misattributed: words the letter gives to others, given to the regulator", () => {
  it("flags words the letter quotes from tenants", () => {
    const f = finding('The Care Inspectorate said "the wardens are always there when we need them".');
    expect(f?.kind).toBe("quote-exact");
    expect(f?.flags).toContain("misattributed");
    expect(f?.reason).toMatch(/others/);
  });

  it("flags words reported after 'Some relatives told inspectors that'", () => {
    const f = finding('The regulator said relatives "have to chase the office for answers".');
    expect(f?.flags).toContain("misattributed");
  });

  it("flags words the workforce 'told us'", () => {
    const f = finding('Inspectors said "rotas change at short notice".');
    expect(f?.flags).toContain("misattributed");
  });

  it("does not flag the regulator quoting its own earlier report", () => {
    const f = finding('The inspectorate said "medication audits must be completed weekly".');
    expect(f?.kind).toBe("quote-exact");
    expect(f?.flags).not.toContain("misattributed");
  });

  it("does not flag the regulator's own finding", () => {
    const f = finding('Inspectors said "care plans were detailed and up to date".');
    expect(f?.flags).not.toContain("misattributed");
  });

  it("does not flag words given to the tenants themselves", () => {
    const f = finding('Tenants said "the wardens are always there when we need them".');
    expect(f?.flags ?? []).not.toContain("misattributed");
  });
});
