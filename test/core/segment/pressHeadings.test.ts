import { describe, expect, it } from "vitest";
import { isPressHeading } from "../../../src/core/segment/pressHeadings.js";

describe("lines that frame a press text and claim nothing", () => {
  it("takes release labels and sign-offs as headings", () => {
    for (const line of [
      "Statement from Riverside Care Homes",
      "Press release: Northgate College inspection",
      "Message to parents from the headteacher",
      "For immediate release",
      "Mrs Amara Okoro",
      "Dr J. Lindqvist",
      "Headteacher",
      "Chair of Governors",
      "Tom Reyes, Chief Executive",
    ])
      expect(isPressHeading(line), line).toBe(true);
  });

  it("leaves headlines and sentences that say something", () => {
    for (const line of [
      "Northgate College rated good by Ofsted",
      "Care home told to improve after inspection",
      "Press release: school praised by inspectors",
      "Inspection report finds failings in care of residents",
      "The inspection report was published on 4 June.",
      "Inspectors visited the college in June",
      "Staff morale is high, says principal",
    ])
      expect(isPressHeading(line), line).toBe(false);
  });
});
