/**
 * Small generated documents for the property tests: realistic fragments of regulator letters and
 * press coverage (invented councils and regulators), glued with sentence ends, line breaks,
 * quotation marks and bullets, plus arbitrary Unicode (emoji, combining marks, lone surrogates,
 * control characters) — so that both the rules and the offsets are exercised.
 */
import fc from "fast-check";

const FRAGMENTS = [
  "Leaders in Northbridge have improved",
  "the quality of care plans",
  "is not yet consistent",
  "Inspectors found that",
  "some children wait too long for a decision",
  "all children now have a plan",
  "said the report",
  "according to HMI Probation",
  "the Care Quality Commission said",
  "Managers need to strengthen oversight",
  "However,",
  "is beginning to improve from a low base",
  "Dear Ms Ahmed",
  "Yours sincerely",
  "Cllr Jones said the council was delighted",
  "Read more",
  "Share this",
  "Estyn",
  "12 March 2024",
  "Page 2 of 3",
  "e.g. the duty team",
  "Mr. Patel",
  "…",
  "[...]",
];

const SEPARATORS = [
  " ",
  ". ",
  ".\n",
  "\n",
  "\n\n",
  ", ",
  ": ",
  " “",
  "” ",
  ' "',
  '" ',
  " ‘",
  "’ ",
  "\n- ",
  "\n1. ",
  "\r\n",
  "\u00a0",
  "\u00ad",
  "\t",
  "?",
  "!",
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c));

/** One piece: mostly realistic fragments, sometimes arbitrary Unicode. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.oneof(loneSurrogate, control), maxLength: 3 }) },
);

/** A small document: up to `maxPieces` pieces, each followed by a separator. */
export function documentText(maxPieces = 24): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: maxPieces })
    .map((parts) => parts.map(([p, s]) => p + s).join(""));
}
