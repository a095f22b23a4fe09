import { describe, expect, it } from "vitest";
import { regulatorVerbSpans } from "../../../src/core/segment/reportingWords.js";

/** The words of each span. */
const words = (t: string) => regulatorVerbSpans(t).map((s) => t.slice(s.start, s.end));

describe("the regulator's reporting verbs, left out of a claim's coverage", () => {
  it("finds the verb of a clause whose subject is the regulator or its report", () => {
    expect(words("The report makes clear that the waiting lists are too long.")).toEqual(["makes clear"]);
    expect(words("Inspectors were clear that repairs take too long.")).toEqual(["were clear"]);
    expect(words("The watchdog is clear that tenants are not heard.")).toEqual(["is clear"]);
    expect(words("The inspectorate demonstrates that the new rota has cut delays.")).toEqual([
      "demonstrates",
    ]);
  });

  it("keeps the verbs of anyone else, passives and the regulator's future process as content", () => {
    expect(words("The council made clear that it would appeal.")).toEqual([]);
    expect(words("The home was rated good in 2019.")).toEqual([]);
    expect(words("Ofsted will return for a monitoring visit next year.")).toEqual([]);
    expect(words("Inspectors are due to revisit the prison in the spring.")).toEqual([]);
  });
});
