import { wordDiff } from "../../align/wordDiff.js";
import type { Judgement, Sentence } from "../../types.js";
import type { ClaimAnalysis } from "../claimAnalysis.js";
import type { Verdict } from "./rule.js";

/**
 * A judgement whose source is one whole letter sentence (an outcome formula the press restates): the
 * word diff against that sentence, and the sentence's end as the end of what the press matched.
 */
export function fromOneSentence(j: Judgement, pressText: string): Verdict {
  const source = j.letter[0] as Sentence;
  return { ...j, diff: wordDiff(source.text, pressText), matchedEnds: new Map([[source.index, source.end]]) };
}

/** The restatement verdict every rule that finds a change of the letter's finding proposes. */
export function restatedAs(a: ClaimAnalysis, kind: Verdict["kind"], reason: string): Verdict {
  const letterText = a.letter.map((s) => s.text).join(" ");
  return {
    kind,
    flags: [],
    letter: a.letter,
    similarity: a.weighted,
    diff: wordDiff(letterText, a.sentence.text),
    matchedEnds: a.matchedEnds,
    reason,
  };
}
