/**
 * The rule against tuning to the gold, for the whole of src/: no source file (code or comment) shares a
 * run of six words with a labelled document — the invented, held-out and stand-in pairs and the real
 * cases (../shared/real). A comment's example is an invented sentence of the same construction, never a
 * document's sentence, place, person or figure. test/seedWording.test.ts does the same for the seeds;
 * the word lists are held to runs of five by their own tests (lexicon, synonyms).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { labelledRuns, realCasesPresent, runsOf, textFiles } from "../fixtures/documentRuns.js";

const RUN = 6;

/**
 * Phrases every inspectorate's letters share, not one document's wording: they are cut out of the
 * source before its runs are taken, so a run that only extends one by a word or two is not a copy.
 */
const ALLOWED = [
  "requires improvement to be good", // Ofsted's grade name, read and written by the grade rules
  "require improvement to be good", // the same grade as a plural verb ("… all require improvement to be good")
  "local authority children's services", // the title of every ILACS letter ("Inspection of X local authority …")
  "his majesty's inspectorate of constabulary and fire & rescue services", // a regulator's official name
  "regulator of social housing", // a regulator's official name
  "need to do to improve", // the section heading of Ofsted letters ("What does the school need to do to improve?")
  "if a graded inspection were carried out now", // Ofsted's fixed wording of an ungraded inspection's outcome
  "the school may not be", // ordinary English, in the rule's message that restates that outcome
  "are not happy with the inspection", // the complaints line every Ofsted letter ends with
  "be re-used free of charge", // the Open Government Licence line of every Crown-copyright report
  "the effectiveness of leaders and managers", // a judgement heading of Ofsted's inspection frameworks
];

function sourceFiles(): string[] {
  return [...textFiles("src", ".ts"), ...textFiles("src", ".tsx")];
}

describe("src/ and the labelled documents", () => {
  it(`share no run of ${RUN} words outside the allow-list`, () => {
    if (!realCasesPresent)
      console.log("sourceRuns: ../shared/real not found; checked against the fixtures only");
    const runs = labelledRuns(RUN);
    expect(runs.size).toBeGreaterThan(10000); // the documents were read
    const copied = sourceFiles().flatMap((file) =>
      [...runsOf(readFileSync(file, "utf8"), RUN, ALLOWED)]
        .filter((r) => runs.has(r))
        .map((r) => `${file}: "${r}" (${runs.get(r)?.join(", ")})`),
    );
    expect(copied).toEqual([]);
  });

  it("would notice a copied sentence, and not an allowed phrase with a word either side", () => {
    expect(runsOf("Leaders have made strong progress in all areas.", RUN).size).toBe(3);
    expect(runsOf("The service was judged to require improvement to be good in 2021.", RUN, ALLOWED)).toEqual(
      new Set(),
    );
  });
});
