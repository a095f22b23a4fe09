/**
 * The whole comparison on an invented CQC hospital report and the trust's press release: a negation
 * dropped (criticism turned into praise), a quotation that joins two sentences and drops "not always",
 * header lines that must not count as sources, and the omissions.
 */
import { describe, expect, it } from "vitest";
import { compare } from "../../src/core/compare.js";
import type { Finding } from "../../src/core/types.js";
import { HOSPITAL_REPORT, TRUST_RELEASE } from "../fixtures/hospitalReport.js";
import { findingsOf } from "../fixtures/judgeAgainst.js";

const findings = findingsOf(HOSPITAL_REPORT, TRUST_RELEASE);
const findingWith = (words: string): Finding => {
  const f = findings.find((x) => x.press.text.includes(words));
  if (!f) throw new Error(`no finding holds "${words}"`);
  return f;
};

describe("compare: a hospital inspection report and the trust's release", () => {
  it("catches criticism reported as praise (a dropped 'not always')", () => {
    const f = findingWith("the service has enough nursing staff");
    expect(f.kind).toBe("overstated");
    expect(f.reason).toMatch(/reverses the letter.*did not always/);
  });

  it("names the dropped negation first in an altered quotation", () => {
    const f = findingWith("records were completed accurately");
    expect(f.kind).toBe("quote-altered");
    expect(f.reason).toMatch(/drops the letter's "not always"/);
  });

  it("reads the release's dateline as a restatement of the report's header facts, not a discrepancy", () => {
    expect(["paraphrase", "copied"]).toContain(findingWith("Press release from Northfield Hospitals").kind);
  });

  it("reports the praise it copies and the quotation it takes exactly", () => {
    expect(findingWith("compassion and kindness").kind).toBe("copied");
    expect(findingWith("visibly clean").kind).toBe("quote-exact");
    expect(findingWith("waiting times to see a clinician").kind).toBe("overstated");
  });

  it("lists the criticism the release leaves out, including work not yet done", () => {
    const doc = compare({ source: "r", text: HOSPITAL_REPORT, format: "text" }, [
      { source: "p", text: TRUST_RELEASE, format: "text" },
    ]).documents[0];
    const omitted = (doc?.omissions ?? []).map((o) => o.text);
    for (const words of [
      "fewer registered nurses",
      "pain relief",
      "risk assessments",
      "not yet been implemented",
    ])
      expect(omitted.some((t) => t.includes(words))).toBe(true);
    for (const words of ["Is the service safe?", "We carried out", "visibly clean"])
      expect(omitted.some((t) => t.includes(words))).toBe(false);
  });
});

describe("compare: press lines that match only the letter's headings", () => {
  it("copies the letter's address line without judging it as a finding", () => {
    const letter = `Care Quality Commission\nCitygate, Gallowgate, Newcastle upon Tyne NE1 4PA\n\nStaff were kind. Medicines were not always recorded accurately.`;
    const f = findingsOf(letter, "Citygate, Gallowgate, Newcastle upon Tyne NE1 4PA")[0];
    expect(f?.kind).toBe("copied");
    expect(f?.flags).toEqual([]);
  });

  it("still calls a claim attributed to the regulator unsupported when only a heading shares its words", () => {
    const f = findingsOf(
      HOSPITAL_REPORT,
      "The CQC said Northfield General Hospital is the best in the region.",
    )[0];
    expect(f?.kind).toBe("unsupported");
  });
});
