/**
 * Reporting clauses read once per frame while recent (src/core/segment/reportingClauses.ts): the same
 * frame asked again, or asked with other regulator names, gives the answer it gives read afresh.
 */
import { describe, expect, it } from "vitest";
import { reportingClauses } from "../../../src/core/segment/reportingClauses.js";

describe("reportingClauses", () => {
  it("finds none in a sentence without a verb of saying or judging", () => {
    expect(reportingClauses("Staff were kind to residents at the home on Tuesday.")).toEqual([]);
  });

  it("reads a frame again with other regulator names as those names make it", () => {
    const frame = "The Panel found that staff were kind to residents.";
    expect(reportingClauses(frame)[0]?.kind).toBe("other");
    expect(reportingClauses(frame, ["the Panel"])[0]?.kind).toBe("regulator");
    expect(reportingClauses(frame)[0]?.kind).toBe("other");
  });

  it("gives the same clauses for a frame asked twice, among many others", () => {
    const frame = "The inspectors said that the new rota works well.";
    const first = reportingClauses(frame);
    for (let i = 0; i < 600; i++) reportingClauses(`Council officer ${i} said the budget was agreed.`);
    expect(reportingClauses(frame)).toEqual(first);
    expect(first[0]).toMatchObject({ verb: "said", kind: "regulator" });
  });
});
