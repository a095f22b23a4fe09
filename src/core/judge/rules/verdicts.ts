import { wordDiff } from "../../align/wordDiff.js";
import type { DiffPart, Judgement, Sentence } from "../../types.js";
import { withFields } from "../../withFields.js";
import type { ClaimAnalysis } from "../claimAnalysis.js";
import { memo, type Verdict } from "./rule.js";

/**
 * A judgement whose source is one whole letter sentence (an outcome formula the press restates): the
 * word diff against that sentence, and the sentence's end as the end of what the press matched.
 */
export function fromOneSentence(j: Judgement, pressText: string): Verdict {
  const source = j.letter[0] as Sentence;
  return withFields(j, {
    diff: wordDiff(source.text, pressText),
    matchedEnds: new Map([[source.index, source.end]]),
  });
}

/**
 * The word diff of a claim against its letter sources: several rules propose a restatement of one
 * analysis (paraphrase, copied, overstated…) and the decision keeps one, so it is worked out once.
 */
const diffs = new WeakMap<ClaimAnalysis, DiffPart[]>();
function restatementDiff(a: ClaimAnalysis): DiffPart[] {
  return memo(diffs, a, () => wordDiff(a.letter.map((s) => s.text).join(" "), a.sentence.text));
}

/** The restatement verdict every rule that finds a change of the letter's finding proposes. */
export function restatedAs(a: ClaimAnalysis, kind: Verdict["kind"], reason: string): Verdict {
  return {
    kind,
    flags: [],
    letter: a.letter,
    similarity: a.weighted,
    diff: restatementDiff(a),
    matchedEnds: a.matchedEnds,
    reason,
  };
}
