/**
 * A past judgement told as background inside the subject of a reporting verb ("The third visit since
 * the trust was rated inadequate in 2021 found…") does not take the subject's place. Invented examples.
 */
import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/segment/analyse.js";

const quotes = (text: string) =>
  analyseText(text).quotes.map((q) => ({ speaker: q.speaker, cue: q.attributionCue }));
const claims = (text: string) => analyseText(text).claimSpeaker;

describe("a history clause inside the subject", () => {
  it("keeps the regulator as the speaker across 'since … was rated inadequate in <year>'", () => {
    const t =
      'The CQC\'s second visit since the hospice was rated inadequate in 2021 found that staff were "kind and attentive to every resident".';
    expect(quotes(t)).toEqual([{ speaker: "regulator", cue: "CQC's" }]);
    expect(claims(t)).toEqual(["regulator"]);
  });

  it("reads a short quotation after it as the regulator's words, not a term", () => {
    const a = analyseText(
      'Ofsted\'s fourth monitoring visit since the council was judged inadequate in May 2022 found "clear progress" in fostering.',
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual(["regulator"]);
  });

  it("takes 'the visit' as the regulator's, with the history clause in an apposition", () => {
    expect(
      quotes(
        'The latest visit, the third since the service was rated inadequate, found that managers "check plans every month".',
      ),
    ).toEqual([{ speaker: "regulator", cue: "latest visit" }]);
  });

  it("does not take other visits for the regulator's", () => {
    expect(claims("Home visits found that children were safe.")).not.toEqual(["regulator"]);
    expect(claims("Regular visits by social workers showed that children were thriving.")).not.toEqual([
      "regulator",
    ]);
    expect(claims("The visit found that children were safer.")).toEqual(["regulator"]);
  });

  it("keeps a named council speaker across the history clause", () => {
    expect(
      quotes(
        'Councillor Amy Reed, speaking since the school was rated good in 2019, said the staff "never gave up on the children".',
      )[0]?.speaker,
    ).toBe("other");
  });
});
