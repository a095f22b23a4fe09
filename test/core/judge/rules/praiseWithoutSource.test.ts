import { describe, expect, it } from "vitest";
import { findingsOf } from "../../../fixtures/judgeAgainst.js";

const LETTER = [
  "Dear Ms Okoye",
  "Between 4 and 6 June 2024, inspectors visited the adoption agency run jointly by Tarnford Council and Ellerby Council.",
  "Tarnford Council and Ellerby Council share responsibility for recruiting and approving adopters across both boroughs.",
  "Adopters told inspectors that social workers respond quickly. Matching panels are well prepared and their decisions are timely.",
  "Yours sincerely",
].join("\n\n");

describe("praise credited to the regulator where the letter only states facts", () => {
  it("is unsupported when the lined-up letter sentences praise nothing", () => {
    const [f] = findingsOf(
      LETTER,
      "The inspection recognised the strong partnership of Tarnford Council and Ellerby Council in recruiting and approving adopters.",
    );
    expect(f?.kind).toBe("unsupported");
    expect(f?.rules).toContain("praise-without-source");
  });

  it("leaves praise the letter gives as a restatement", () => {
    const [f] = findingsOf(
      LETTER,
      "Inspectors praised matching panels as well prepared, with timely decisions.",
    );
    expect(f?.kind).not.toBe("unsupported");
  });
});
