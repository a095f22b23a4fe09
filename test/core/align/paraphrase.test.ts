import { describe, expect, it } from "vitest";
import { retrieveCandidates } from "../../../src/core/align/candidates.js";
import { coverage } from "../../../src/core/align/coverage.js";
import { buildLetterIndex } from "../../../src/core/align/letterIndex.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";
import { tokenSenses } from "../../../src/core/text/synonyms.js";
import { tokenize } from "../../../src/core/text/tokens.js";

const sensesOf = (text: string) => tokenSenses(tokenize(text));
const indexOf = (letter: string) => buildLetterIndex(letter, segmentSentences(letter));

describe("tokenSenses: word-form groups", () => {
  it("groups the names of the people a service holds, and leaving custody", () => {
    const [detainees, women] = sensesOf("detainees women");
    expect(detainees?.[0]).toBeDefined();
    expect(women).toContain(detainees?.[0]);
    const [discharged, released] = sensesOf("discharged released");
    expect(released).toContain(discharged?.[0]);
  });

  it("keeps a word apart from another word its stem collides with", () => {
    // "inmates" and "prison" would share nothing anyway; "offenders" must not pull in "offending".
    expect(sensesOf("prison")[0]).toEqual([]);
    expect(sensesOf("offending")[0]).toEqual([]);
    expect(sensesOf("left")[0]).toEqual([]);
  });
});

describe("tokenSenses: phrases", () => {
  it("gives every word of an idiom the sense of the term it restates", () => {
    const press = sensesOf("two patients took their own lives on the ward");
    const letter = sensesOf("there were two self-inflicted deaths on the unit");
    expect(press[3]).toContain("~suicide"); // "their"
    expect(press[5]).toContain("~suicide"); // "lives"
    expect(letter[4]).toContain("~suicide"); // "self"
    expect(sensesOf("young people left custody")[3]).toEqual(sensesOf("discharged")[0]);
    expect(sensesOf("families with nowhere safe to stay")[5]).toEqual(sensesOf("housing")[0]);
  });

  it("does not read the phrase's words outside it", () => {
    expect(sensesOf("the lives of residents improved")[1]).toEqual([]);
    expect(sensesOf("the gate was left open")[3]).toEqual([]);
  });
});

describe("coverage of restatements in other words", () => {
  it("aligns an idiom with the letter's term", () => {
    const index = indexOf(
      "Sadly, two patients had died by suicide on the acute ward since the last visit. The kitchen was clean.",
    );
    const cov = coverage(index, tokenize("Two patients have taken their own lives on the acute ward."), [0]);
    expect(cov.weighted).toBeGreaterThan(0.6);
  });

  it("leaves an approximated figure out when the source states a figure of its own", () => {
    const index = indexOf(
      "In our audit, 29% of tenants waited for repairs for a year. Tenant satisfaction was rising. Few tenants waited for repairs longer.",
    );
    const press = tokenize("Almost a third of tenants waited for repairs for a year.");
    expect(coverage(index, press, [0]).weighted).toBe(1);
  });

  it("counts an approximated figure against a source that states none", () => {
    const index = indexOf("Tenants waited for repairs for a year. Tenant satisfaction was rising.");
    const press = tokenize("Almost a third of tenants waited for repairs for a year.");
    expect(coverage(index, press, [0]).weighted).toBeLessThan(0.8);
  });

  it("does not stretch the restated span to a common word matched far off at the sentence's end", () => {
    const letter =
      "The council answered most complaints within ten days, but not every recommendation of the ombudsman had been acted on by the council. " +
      "The council had a new plan. The council trained staff. Libraries opened longer.";
    const index = indexOf(letter);
    const cov = coverage(index, tokenize("The council answered complaints within ten days."), [0]);
    const words = (cov.matchedInSource.get(0) ?? []).map((i) => index.sentenceTokens[0]?.[i]?.norm);
    expect(words).toEqual(["council", "answered", "complaints", "within", "ten", "days"]);
  });
});

describe("retrieveCandidates by sense", () => {
  it("finds a letter sentence that shares only synonyms with the press sentence", () => {
    const index = indexOf(
      "The school library was refurbished. Too many learners were discharged without housing. Attendance rose.",
    );
    expect(retrieveCandidates(index, tokenize("Students released with no accommodation"))).toContain(1);
  });
});
