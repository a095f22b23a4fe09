import type { Comparison } from "../core/types.js";
import { findingKeys, hashLetterText, omissionKeys } from "./findingKey.js";

/** What the review never changes: the comparison and the persistence key of every finding. */
export interface ReviewModel {
  comparison: Comparison;
  letterHash: string;
  /** `keys[documentIndex][findingIndex]`: the key decisions about that finding persist under. */
  keys: string[][];
  /** `omissionKeys[documentIndex][omissionIndex]`: the same for the omitted critical findings. */
  omissionKeys: string[][];
}

export function buildReviewModel(comparison: Comparison): ReviewModel {
  const letterHash = hashLetterText(comparison.letter.text);
  return {
    comparison,
    letterHash,
    keys: comparison.documents.map((doc) => findingKeys(letterHash, doc.source, doc.findings)),
    omissionKeys: comparison.documents.map((doc) => omissionKeys(letterHash, doc.source, doc.omissions)),
  };
}
