/**
 * An improvement-list item is reported by press words that carry most of its lead phrase, or by a
 * press clause that names nothing but the item's words; praise never reports it, nor a restated
 * letter sentence. The answers are kept per press document: the same item against another
 * document's words is answered afresh. An invented fire and rescue letter.
 */
import { describe, expect, it } from "vitest";
import { evidenceKeys, listItemCovered, type PressEvidence } from "../../../../src/core/judge/omissions.js";
import { tokenize } from "../../../../src/core/text/tokens.js";
import { letterContext } from "../../../fixtures/letterContext.js";

const LETTER = [
  "Inspection of Westmere fire and rescue service",
  "",
  "The service has a clear plan for reducing risk in the county.",
  "",
  "Crews train regularly and staff morale is good.",
  "",
  "Home safety visits are well targeted at residents who live alone.",
  "",
  "What needs to improve",
  "",
  "◼ Staffing of night crews and the checking of hydrants, so that engines are available when called.",
  "",
  "◼ The recording of safety visits to older residents.",
  "",
  "The control room answers calls quickly and passes them to crews without delay.",
].join("\n");

const ctx = letterContext(LETTER);
const item = (needle: string) => {
  const s = ctx.sentences.find((x) => x.text.includes(needle));
  if (!s) throw new Error(`no letter sentence ${needle}`);
  return s;
};
const press = (...texts: string[]): PressEvidence[] =>
  texts.map((text) => ({ stems: evidenceKeys(tokenize(text)), text, unsourced: false }));

describe("listItemCovered", () => {
  it("is reported by press words carrying most of the item's lead phrase", () => {
    const doc = press(
      "The service was told to sort out the staffing of its night crews and hydrant checking.",
    );
    expect(listItemCovered(ctx, item("Staffing of night crews"), doc)).toBe(true);
  });

  it("is reported by a press clause that names only the item's words, beyond its lead phrase too", () => {
    const doc = press("The report was critical, and said engines were not available when called at night.");
    expect(listItemCovered(ctx, item("Staffing of night crews"), doc)).toBe(true);
    expect(listItemCovered(ctx, item("recording of safety visits"), doc)).toBe(false);
  });

  it("is not reported by praise, unless the praise-toned words introduce the improvement list", () => {
    const praise = press("Staffing of night crews is excellent and hydrant checking is outstanding.");
    expect(listItemCovered(ctx, item("Staffing of night crews"), praise)).toBe(false);
    const list = press("The areas for improvement included staffing of night crews and hydrant checking.");
    expect(listItemCovered(ctx, item("Staffing of night crews"), list)).toBe(true);
  });

  it("is not reported by a restated letter sentence, only by press words", () => {
    const text = "Staffing of night crews and the checking of hydrants is a concern.";
    const restated: PressEvidence[] = [
      { stems: evidenceKeys(tokenize(text)), text, unsourced: false, restated: true },
    ];
    expect(listItemCovered(ctx, item("Staffing of night crews"), restated)).toBe(false);
  });

  it("answers each press document on its own words, however often and in whatever order it is asked", () => {
    const reports = press("Inspectors said the recording of safety visits to older residents was patchy.");
    const silent = press("The chief officer thanked crews for their hard work this winter.");
    const visits = item("recording of safety visits");
    expect(listItemCovered(ctx, visits, silent)).toBe(false);
    expect(listItemCovered(ctx, visits, reports)).toBe(true);
    expect(listItemCovered(ctx, visits, silent)).toBe(false);
    expect(listItemCovered(ctx, visits, reports)).toBe(true);
  });
});
