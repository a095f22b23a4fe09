import { describe, expect, it } from "vitest";
import { triggerBefore } from "../../../../src/core/judge/grades/trigger.js";

describe("triggerBefore", () => {
  it("takes a name as the whole object just before the grade", () => {
    expect(triggerBefore("The regulator rated Westbury Day Surgery ")?.index).toBe(14);
    expect(triggerBefore("Inspectors rated Pennock ")?.index).toBe(11);
  });
  it("still wants 'to be' or 'as' after a common noun phrase", () => {
    expect(triggerBefore("Inspectors rated leadership ")).toBeUndefined();
    expect(triggerBefore("Inspectors rated leadership as ")?.index).toBe(11);
  });
  it("takes no name of more than four words", () => {
    expect(triggerBefore("They rated One Two Three Four Five ")).toBeUndefined();
  });
});
