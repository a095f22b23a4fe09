import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/segment/analyse.js";
import { repairSpeaker } from "../../../src/core/segment/speakerRepair.js";

/** The speaker of each quotation of an invented press text. */
const speakers = (text: string) => analyseText(text).quotes.map((q) => q.speaker);

describe("repairSpeaker (a default subject that names no one)", () => {
  it("gives a second verb of the same subject the sentence's subject", () => {
    expect(
      speakers(
        'The inspection report rated the youth service weak in two of five areas and said help was "too often slow to arrive".',
      ),
    ).toEqual(["regulator"]);
  });

  it("gives a participle clause the sentence's subject, a pronoun its antecedent", () => {
    const text = [
      "Inspectors said the service had changed since May.",
      "",
      "They raised concerns about staffing, rotas, concluding that there are ‘gaps in cover that leave young people without support’.",
    ].join("\n");
    expect(speakers(text)).toEqual(["regulator"]);
  });

  it("reads through a relative clause to the subject before it", () => {
    expect(
      speakers(
        'The report, which can be downloaded online says: "Leaders have acted quickly on the last review."',
      ),
    ).toEqual(["regulator"]);
  });

  it("gives a part of a document to the document quoted before", () => {
    const text = [
      'The report said "The service is not yet safe for every young person".',
      "",
      "The second paragraph concludes “Managers do not always check that plans are followed.”",
    ].join("\n");
    expect(speakers(text)).toEqual(["regulator", "regulator"]);
  });

  it("reads the regulator at the head of a subject that also names the body inspected", () => {
    expect(
      speakers(
        'An inspection report rated Dunmore Council\'s youth service weak in two areas and said help was "too often slow to arrive".',
      ),
    ).toEqual(["regulator"]);
  });

  it("never changes a named speaker", () => {
    expect(
      speakers('The cabinet member for youth said the verdict was "a fair reflection of our work".'),
    ).toEqual(["other"]);
    expect(speakers('Parents at the centre said they were "really pleased with the changes".')).toEqual([
      "other",
    ]);
    expect(
      repairSpeaker("The report was published and Jo Marsh said", { speaker: "other", cue: "Jo Marsh" }),
    ).toEqual({ speaker: "other", cue: "Jo Marsh" });
  });

  it("leaves a default subject alone when the sentence opens on no one it can name", () => {
    expect(
      repairSpeaker("Tables and chairs were moved and said", { speaker: "other", cue: "chairs" }),
    ).toEqual({
      speaker: "other",
      cue: "chairs",
    });
  });
});
