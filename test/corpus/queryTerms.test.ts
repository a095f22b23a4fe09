import { describe, expect, it } from "vitest";
import { indexTerms, pickQueryTerms } from "../../src/core/corpus/queryTerms.js";

describe("indexTerms", () => {
  it("stems content words and drops function words and single characters", () => {
    expect(indexTerms("The inspectors inspected a ward in Lowmoor.")).toEqual(
      indexTerms("inspector inspect ward Lowmoor"),
    );
    expect(indexTerms("the and of a")).toEqual([]);
  });
});

describe("pickQueryTerms", () => {
  // A corpus of 1,000 letters of one regulator: its house words are in nearly every letter.
  const df = new Map([
    ...indexTerms("patients ward hospital staff").map((t) => [t, 990] as const),
    ...indexTerms("Lowmoor").map((t) => [t, 2] as const),
    ...indexTerms("physiotherapy").map((t) => [t, 40] as const),
    ...indexTerms("discharge").map((t) => [t, 300] as const),
  ]);
  const lookup = (t: string) => df.get(t) ?? 0;
  const article =
    "Patients on the ward at Lowmoor hospital said staff were kind. Patients waited for physiotherapy; " +
    "patients were discharged late. Patients, patients, patients. The zorblax scheme was praised.";

  it("puts the rarest terms first, however often the article repeats a common one", () => {
    const terms = pickQueryTerms(article, lookup, 1000);
    expect(terms.slice(0, 3)).toEqual(indexTerms("Lowmoor physiotherapy discharge"));
  });

  it("leaves out terms in more than half of the letters, and terms no letter holds", () => {
    const terms = pickQueryTerms(article, lookup, 1000);
    expect(terms).not.toContain(indexTerms("patients")[0]);
    expect(terms).not.toContain(indexTerms("zorblax")[0]);
  });

  it("stops adding terms when their posting lists exceed the budget (keeping the minimum)", () => {
    expect(pickQueryTerms(article, lookup, 1000, { postingBudget: 50, minTerms: 1 })).toEqual(
      indexTerms("Lowmoor physiotherapy"),
    );
    expect(pickQueryTerms(article, lookup, 1000, { postingBudget: 1, minTerms: 2 })).toEqual(
      indexTerms("Lowmoor physiotherapy"),
    );
  });

  it("retrieves nothing for a text made only of words most letters hold (it cannot single one out)", () => {
    expect(pickQueryTerms("Patients on the ward.", lookup, 1000)).toEqual([]);
    // In a small corpus every shared word counts.
    expect(pickQueryTerms("Patients on the ward.", lookup, 10).sort()).toEqual(
      indexTerms("patients ward").sort(),
    );
  });
});
