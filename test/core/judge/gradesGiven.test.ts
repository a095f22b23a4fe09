import { describe, expect, it } from "vitest";
import { gradesGiven } from "../../../src/core/judge/gradesGiven.js";

describe("gradesGiven", () => {
  it("a grade after a verb of being or grading, ending its clause", () => {
    expect([...gradesGiven("The school continues to be good.")]).toEqual(["good"]);
    expect([...gradesGiven("The centre remains outstanding overall.")]).toEqual(["outstanding"]);
    expect([...gradesGiven("It may not be good if a graded inspection were carried out now.")]).toEqual([
      "good",
    ]);
    expect([...gradesGiven("The service was judged 'inadequate' in May.")]).toEqual(["inadequate"]);
  });
  it("not a grade word used as a plain adjective", () => {
    expect(gradesGiven("There was good progress against two concerns.").size).toBe(0);
    expect(gradesGiven("Leaders demonstrate good skills and knowledge.").size).toBe(0);
    expect(gradesGiven("Staff have a good understanding of risk.").size).toBe(0);
  });
});
