import { describe, expect, it } from "vitest";
import { articleClues, namedPhrases, namesBody } from "../../src/core/corpus/articleClues.js";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe("articleClues", () => {
  it("finds the dateline, the months of the visit, the grades given and the kind of document", () => {
    const text = [
      "Westbury children's services rated 'good' after years of decline",
      "Tuesday, 9 July 2024",
      "Inspectors visited Westbury in late May and early June, and judged the council's services as good.",
      "A monitoring visit last year had found some progress. The council was rated inadequate in 2019.",
      "The council may appeal.",
    ].join("\n");
    const c = articleClues(text);
    expect(c.date).toBe(day("2024-07-09"));
    expect(c.visitMonths).toEqual([{ month: 4 }, { month: 5 }]);
    expect([...c.grades].sort()).toEqual(["good", "inadequate"]);
    expect([...c.kinds]).toEqual(["monitoring visit"]);
  });

  it("reads a numeric dateline day first", () => {
    expect(articleClues("Eastham rated outstanding\n09/07/24\nInspectors praised the council.").date).toBe(
      day("2024-07-09"),
    );
  });

  it("does not take the verb 'may' for the month", () => {
    expect(articleClues("The inspection may be repeated next year.").visitMonths).toEqual([]);
  });
});

describe("namesBody", () => {
  it("tells a body named in full from one named in part and one not named", () => {
    const c = articleClues("Westbury Borough Council’s children’s services were inspected in March.");
    expect(namesBody(c, "Westbury")).toBe("full");
    expect(namesBody(c, "Westbury and Eastham")).toBe("partial");
    expect(namesBody(c, "Northshire")).toBe("absent");
    // A generic word of a name ("North") is no partial match.
    expect(namesBody(articleClues("The North of England."), "North Westbury")).toBe("absent");
  });
});

describe("namedPhrases", () => {
  it("gives each run of capitalised words, its parts and its name without the kind of body", () => {
    const phrases = namedPhrases(
      "Leaders at Westbury upon Avon City Council's children's services were praised.",
    );
    expect(phrases).toContain("westbury upon avon city council");
    expect(phrases).toContain("westbury upon avon");
    expect(phrases).toContain("avon");
    expect(phrases).not.toContain("upon");
  });
});
