import { describe, expect, it } from "vitest";
import { statesVisitPurposeOnly } from "../../../src/core/judge/purposeClause.js";
import { findingsOf } from "../../fixtures/judgeAgainst.js";

describe("a visit's aim is not a finding", () => {
  it("reads a sentence that only says what the visit set out to do", () => {
    for (const s of [
      "Inspectors visited the trust in June to check its progress on discharge planning.",
      "The watchdog revisited the borough last month to look at how foster carers are supported.",
      "Officials from the regulator returned in order to assess whether the new rota was working.",
    ])
      expect(statesVisitPurposeOnly(s), s).toBe(true);
  });

  it("leaves a sentence that goes on to report a result, or has no aim", () => {
    for (const s of [
      "Inspectors visited the trust in June to check its progress and found it had not improved.",
      "Inspectors visited the trust in June and said discharge planning was slow.",
      "The home has not made enough progress to check every fire door weekly.",
    ])
      expect(statesVisitPurposeOnly(s), s).toBe(false);
  });

  it("does not call the aim a reversal of a negated finding on the same topic", () => {
    const letter =
      "Dear Ms Price\n\nInspectors revisited the service on 3 and 4 June to decide whether enough progress had been made. The service has not made sufficient progress in improving discharge planning for older patients.\n\nYours sincerely";
    const [f] = findingsOf(
      letter,
      "Inspectors revisited the service in June to check progress in improving discharge planning for older patients.",
    );
    expect(f?.kind).not.toBe("overstated");
    const [g] = findingsOf(
      letter,
      "Inspectors said the service has made sufficient progress in improving discharge planning for older patients.",
    );
    expect(g?.kind).toBe("overstated");
  });
});
