import { hedgeConcernsPress } from "./hedgeClause.js";
import { findHedges } from "./hedges.js";
import { CRITICISM, lexiconPattern, SHORTFALL_FIGURE, STRENGTHENERS } from "./lexicon.js";

export interface LetterRegion {
  /** The whole letter sentence. */
  sentence: { start: number; end: number };
  /** The part of it the press words line up with. */
  start: number;
  end: number;
}

/** Evaluative words that overstate on their own when the letter never uses them. */
const SUPERLATIVES = lexiconPattern([
  "outstanding",
  "excellent",
  "exceptional",
  "transformed",
  "world[- ]class",
  "best",
]);
const STRENGTHENER = lexiconPattern(STRENGTHENERS);
/** A negation limited in frequency or extent. */
const NOT_ALWAYS = /\bnot (?:always|consistently|routinely|all|every|sufficiently)\b/i;
// Without the g flag: `test` keeps no state, and it is the same pattern as polarity.ts and negation.ts
// use, which V8 compiles once for all three (each flag set is a compilation of its own).
const CRITICISM_RE = lexiconPattern(CRITICISM, "i");

/**
 * Overstated: the press restates a letter finding but drops its hedge ("improving from a low point"
 * → "now prompt"; "some" → dropped; "beginning to" → "is"; "is being rebuilt" → "has been"),
 * or adds a superlative the letter never uses. A press sentence that itself reports criticism
 * ("a need to…", "not yet…") is reporting the caveat, not overstating the praise.
 * Returns the reason, or undefined when the restatement keeps the letter's strength.
 */
export function findOverstatement(
  press: string,
  letter: string,
  regions: LetterRegion[],
): string | undefined {
  // Criticism made absolute: the letter limits a shortfall ("did not always meet residents' needs")
  // and the press states it without the limit ("did not meet residents' needs").
  for (const r of regions) {
    const limited = NOT_ALWAYS.exec(letter.slice(r.start, r.end));
    const at = r.start + (limited?.index ?? 0);
    if (
      limited &&
      /\b(?:not|never|n't)\b/i.test(press) &&
      !NOT_ALWAYS.test(press) && // "did not always" keeps "not consistently": a limit of the same kind
      hedgeConcernsPress(press, letter, r.start, r.end, { start: at, end: at + limited[0].length })
    )
      return `drops the letter's "${limited[0]}": the letter says it happens some of the time, the press says always`;
  }
  if (CRITICISM_RE.test(press) || SHORTFALL_FIGURE.test(press)) return undefined;
  // A press hedge substitutes for a dropped one only if it is the press's own: "many" in "waited many
  // weeks" is the letter's word too, and does not stand in for its "examples where".
  const regionText = regions.map((r) => letter.slice(r.start, r.end).toLowerCase()).join(" ");
  // Read only when the letter has a hedge the press drops: most regions have none.
  let pressClasses: Set<string> | undefined;
  const pressHasClass = (cls: string) => {
    pressClasses ??= new Set(
      findHedges(press)
        .filter((h) => !regionText.includes(h.phrase.toLowerCase()))
        .map((h) => h.cls),
    );
    return pressClasses.has(cls);
  };
  const letterSentences = regions.map((r) => letter.slice(r.sentence.start, r.sentence.end)).join(" ");
  // Every qualifier the press drops is named, so the reader sees the whole loss of strength at once.
  const dropped: string[] = [];
  for (const r of regions) {
    for (const h of findHedges(letter, r.start, r.end)) {
      const samePhrase = press.toLowerCase().includes(h.phrase.toLowerCase());
      if (samePhrase || !hedgeConcernsPress(press, letter, r.start, r.end, h)) continue;
      // Another hedge of the same kind keeps the strength ("most" → "the majority"), except that a
      // baseline ("from a low point") has no substitute.
      if (h.cls !== "baseline" && pressHasClass(h.cls)) continue;
      if (!dropped.some((d) => d.toLowerCase() === h.phrase.toLowerCase())) dropped.push(h.phrase);
    }
  }
  if (dropped.length > 0) {
    const added = [...press.matchAll(STRENGTHENER)]
      .map((m) => m[0])
      .filter((w) => !new RegExp(`\\b${w}\\b`, "i").test(letterSentences));
    const names = dropped.map((d) => `"${d}"`).join(", ");
    return `drops the letter's qualifier${dropped.length > 1 ? "s" : ""} ${names}${added.length ? ` and adds "${added[0]}"` : ""}`;
  }
  for (const m of press.matchAll(SUPERLATIVES)) {
    if (!new RegExp(`\\b${m[0]}\\b`, "i").test(letterSentences))
      return `calls it "${m[0]}", a word the letter does not use`;
  }
  return undefined;
}
