/** The subject of a reporting clause: which speaker the noun phrase before (or after) a verb names. */
import { endsWithin } from "../text/bounded.js";
import { FILLER, FIRST_PERSON, INSPECTOR_TITLE, type Patterns, PRONOUN } from "./speakerWords.js";

/** Who is speaking, as read from a reporting clause. */
export type SubjectKind =
  /** the regulator or its document */
  | "regulator"
  /** anyone else named or described (a council, a campaign group, a parent) */
  | "other"
  /** it, they, he, she: the speaker of an earlier clause */
  | "pronoun"
  /** a passive with no agent ("X was rated", "X praised for"): reported, speaker not named */
  | "implied";

export interface SubjectCue {
  kind: SubjectKind;
  cue: string;
}

/**
 * The speaker named by a subject noun phrase: the leftmost cue in it (the head comes first: "Parents
 * at the inspected school" are parents), a regulator cue winning a tie ("Ofsted's director").
 */
export function classifySubject(phrase: string, p: Patterns, generic = true): SubjectCue | undefined {
  let text = phrase.replace(/\s+/g, " ").trim();
  for (let prev = ""; prev !== text; ) {
    prev = text;
    text = text.replace(FILLER, "").trim();
  }
  if (!/[\p{L}]/u.test(text)) return undefined;
  let best: { at: number; kind: SubjectKind; cue: string } | undefined;
  const consider = (re: RegExp, kind: SubjectKind) => {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      let k = kind;
      // "HM Inspector Jo Bloggs", "Chief Inspector Sam Hill": a name under an inspector's title.
      if (re === p.person && INSPECTOR_TITLE.test(m[0])) k = "regulator";
      // "The Care Quality Commission", "But Ofsted": capitalised words that hold a regulator's name.
      if (re === p.person && p.regulatorTest.test(m[0])) k = "regulator";
      if (!best || at < best.at || (at === best.at && k === "regulator")) best = { at, kind: k, cue: m[0] };
    }
  };
  consider(p.regulator, "regulator");
  consider(p.other, "other");
  consider(p.person, "other");
  if (best) return { kind: best.kind, cue: best.cue.trim() };
  if (PRONOUN.test(text)) return { kind: "pronoun", cue: (PRONOUN.exec(text) as RegExpExecArray)[0] };
  if (FIRST_PERSON.test(text)) return { kind: "other", cue: (FIRST_PERSON.exec(text) as RegExpExecArray)[0] };
  // Any other noun phrase ("the school", "Campaign group Eastbury Action") is someone else speaking.
  if (!generic) return undefined;
  return { kind: "other", cue: text.split(" ").slice(-4).join(" ") };
}

/**
 * The subject noun phrase before a verb, from the text between the clause boundary and the verb:
 * the last comma-separated part, or, for "Jo Bloggs, senior partner, said", the part before the
 * appositive ("X, Y, said" → X).
 */
export function subjectBefore(window: string): string {
  const parts = window.split(",");
  if (parts.length >= 3 && /^\s*$/.test(parts[parts.length - 1] as string)) {
    return parts[parts.length - 3] as string;
  }
  return parts[parts.length - 1] as string;
}

/**
 * Verbs that end the noun phrase a relative "who" hangs on: in "Inspectors spoke to parents who…"
 * the antecedent is what follows the verb ("parents"), not the sentence's subject.
 */
const VERB_BEFORE_ANTECEDENT =
  /^.*\b(?:[\p{L}]{3,}ed|spoke|speak|speaks|met|meet|meets|saw|see|sees|told|asked|heard|is|are|was|were|has|have|had)\b/iu;

/**
 * The subject of a verb whose window opens after a relative "who" with a clause of its own: in
 * "An inspector who visited the school in May said…" the relative clause only describes the
 * subject, which stands before "who" ("An inspector"), not the object of the relative clause ("the
 * school"). The same holds for "The lead inspector, who led the visit, said…" and "Parents who
 * attended the meeting said…". Undefined when the window does not follow a "who" or the words
 * before it name no one.
 */
export function relativeAntecedent(
  frame: string,
  boundary: number,
  window: string,
  p: Patterns,
  boundaries: readonly number[],
): SubjectCue | undefined {
  // "who" and the character before it (for \b): four characters.
  if (!endsWithin(/\bwho$/i, frame, boundary, 4) || !/[\p{L}]/u.test(window)) return undefined;
  const whoStart = boundary - 3;
  const head = frame.slice(0, whoStart);
  // The antecedent starts after the last clause boundary before "who" (the ends of the frame's
  // boundaries, found once, not a new scan of the text before each "who").
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((boundaries[mid] as number) <= whoStart) lo = mid + 1;
    else hi = mid;
  }
  const from = lo > 0 ? (boundaries[lo - 1] as number) : 0;
  let phrase = subjectBefore(head.slice(from).replace(/[\s,]+$/u, ""));
  const verb = VERB_BEFORE_ANTECEDENT.exec(phrase);
  if (verb) phrase = phrase.slice(verb[0].length);
  return classifySubject(phrase, p, false);
}
