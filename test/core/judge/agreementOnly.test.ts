import { describe, expect, it } from "vitest";
import { agreesWithOthers } from "../../../src/core/judge/agreementOnly.js";

describe("agreesWithOthers", () => {
  it("finds a report said only to agree with others", () => {
    expect(agreesWithOthers("The report confirms what tenants have been saying for months.")).toBe(true);
    expect(agreesWithOthers("It shows what our volunteers had always known.")).toBe(true);
    expect(agreesWithOthers("The watchdog has backed up what families have been calling for.")).toBe(true);
  });
  it("leaves alone a sentence that states a finding", () => {
    expect(agreesWithOthers("The report confirms that waiting lists have grown.")).toBe(false);
    expect(agreesWithOthers("Inspectors said what staff did well was listen to patients.")).toBe(false);
  });
});
