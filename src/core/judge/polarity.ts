import { splitsIntoAtLeast } from "../text/whiteSpace.js";
import type { Sentence } from "../types.js";
import { fallsShort } from "./benchmarks.js";
import { withoutConditionalNeed } from "./conditionalNeed.js";
import { expandContractions } from "./contractions.js";
import { CAVEAT_OPENERS, CRITICISM, lexiconPattern, METHOD, PAST_JUDGEMENT, PRAISE } from "./lexicon.js";
import { negatedPractice } from "./negatedPractice.js";
import { inheritedCriticism, isAdministrative, metRequirements } from "./requirements.js";

const CRITICISM_RE = lexiconPattern(CRITICISM, "i");
const PRAISE_RE = lexiconPattern(PRAISE, "i");
const CAVEAT_OPENER_RE = new RegExp(`^(?:${CAVEAT_OPENERS.join("|")})\\b`, "i");

/**
 * Phrases that carry a criticism word without being criticism, removed before the markers are read:
 * - a pair naming both sides as a topic: "an accurate view of its strengths and weaknesses";
 * - a negated complaint, which is praise: "nothing is too much trouble", "nobody waits too long";
 * - a concern denied: "safeguarding arrangements give no cause for concern", "no significant concerns";
 * - people's own needs, not a shortfall of the service: "help pupils to explain what they think needs
 *   to change", "the documents that young people need to begin their adult lives";
 * - a weakness the body has already recognised and is acting on: "The trust has acknowledged these
 *   shortcomings and has begun to…". The anaphor ("these", "the") points to a weakness the letter
 *   states before, where it is counted; this sentence reports the response, a stage of progress, and
 *   the "begun to" is judged as a hedge (a press "has fixed" still overstates it).
 */
const NOT_CRITICISM = [
  // Harm or delay that the practice prevents ("reviews actively prevent drift and delay"), and a
  // family's condition named as a topic ("a clear grasp of debt, addiction and poor mental health").
  /\b(?:prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|minimis(?:e|es|ed|ing))\s+(?:the\s+)?(?:drift|delay|harm|risks?)(?:\s+(?:and|or)\s+(?:drift|delay|harm|risks?))?\b/gi,
  /\bpoor (?:mental |physical |emotional )?(?:health|housing)\b/gi,
  // A condition, not a finding: "when there are concerns about a child's safety, staff act at once".
  /\b(?:when|where|if|once)\s+(?:there\s+(?:are|is)\s+)?concerns?\s+(?:about|over)\b/gi,
  /\b(?:understand|know|say|says|explain|agree|decide|identify|believe|believes|discuss)\s+(?:exactly\s+|clearly\s+)?what\s+(?:[\w'’]+\s+){0,2}?needs?\s+to\b/gi,
  /\b(?:they|he|she|children|families|parents|carers|pupils|young people)\s+(?:[\w'’]+\s+)?(?:need|needs|needed)\s+to\b/gi,
  /\b(?:strengths?|what works well)\s+and\s+(?:weakness(?:es)?|areas?\s+(?:for|of)\s+(?:improvement|development)|what (?:needs|need) to improve)\b/gi,
  /\b(?:weakness(?:es)?|areas?\s+for\s+(?:improvement|development))\s+and\s+strengths?\b/gi,
  /\b(?:nothing|nobody|no one|never)\s+(?:(?:is|was|seems|seemed|feels|felt|ever|waits|waited)\s+){0,2}too\s+\w+(?:\s+trouble)?/gi,
  /\b(?:no|not any|not a)\s+(?:(?:serious|significant|particular|further)\s+)?(?:causes?\s+for\s+concern|concerns?|areas?\s+of\s+concern)\b/gi,
  /\b(?:recogni[sz]ed|acknowledged|identified|accepted|understands?|understood)\s+(?:these|the|those|this|that|such|its|their)\s+(?:(?:\w+\s+)?(?:weakness(?:es)?|shortcomings?|failings?|concerns?|issues|problems|deficiencies))(?=\s*,?\s+and\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:now\s+|already\s+)?(?:begun|began|started|starting|beginning|taken|taking|acted|acting|put|putting|made|making|moved|introduced|appointed)\b)/gi,
];

export type Polarity = "critical" | "positive" | "neutral";

/** Only sentences of the letter's running text are findings (not headings, addresses, sign-offs). */
export function isFindingSentence(s: Sentence): boolean {
  return (s.role === "body" || s.role === "list-item") && splitsIntoAtLeast(s.text, 4);
}

/**
 * Memoised per text: the same letter sentences are read by several rules (omissions, selective,
 * caveats, tone reversal), and each reading runs the whole lexicon. Bounded, so a corpus run does
 * not grow without limit.
 */
function memo<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined && !cache.has(text)) {
      v = fn(text);
      if (cache.size > 20_000) cache.clear();
      cache.set(text, v);
    }
    return v as T;
  };
}

/** The text as the markers read it: contractions spelled out, past judgements and non-criticism removed. */
const forMarkers = memo(forMarkersUncached);
function forMarkersUncached(text: string): string {
  // An ellipsis in a quotation joins the words around it: "is not … well planned".
  // Line breaks of a wrapped letter ("do not feel\nlistened to") are spaces to the phrase markers.
  let out = expandContractions(text.replace(/\s+/g, " "))
    // (?<!\s): the match starts where the white space before the ellipsis does, never inside it
    // (retrying every position of a long run of white space was quadratic).
    .replace(/(?<!\s)\s*(?:…|\.\s?\.\s?\.)\s*/g, " ")
    .replace(PAST_JUDGEMENT, " ");
  for (const re of NOT_CRITICISM) out = out.replace(re, " ");
  return withoutConditionalNeed(out);
}

/**
 * What makes a text critical, when anything does: a criticism marker ("not yet", "too slow"), a
 * negated good practice ("did not have a reliable process") or a measure that falls short ("below
 * the national average"). Undefined when the text carries no criticism.
 */
export const criticismIn = memo((text: string): string | undefined => {
  const t = forMarkers(text);
  if (isBlank(t)) return undefined;
  return CRITICISM_RE.exec(t)?.[0] ?? negatedPractice(t) ?? fallsShort(t);
});

/** The tone of any text, letter or press: critical when it carries criticism, else positive on praise. */
export const toneOf = memo((text: string): Polarity => {
  if (criticismIn(text) !== undefined) return "critical";
  const t = forMarkers(text);
  return !isBlank(t) && PRAISE_RE.test(t) ? "positive" : "neutral";
});

/**
 * Whether the markers have nothing left to read: every marker and praise word is made of words, so a
 * text that forMarkers blanked out entirely ("poor housing", a condition rather than a service's
 * fault; a past judgement) carries none, and its patterns are not run. Not only quicker: the blank comes
 * back as the replacement's one-byte " " even from a two-byte text, and V8 compiles each pattern once
 * per string width, so running the lexicons on it compiled ≈ 25 of them a second time on a cold `check`
 * (the criticism pattern alone ≈ 3 ms; src/cli/regexpCompilation.ts explains widths).
 */
function isBlank(t: string): boolean {
  return t.trim() === "";
}

/**
 * Is a letter sentence a critical finding, a positive one, or neither (method, administration, a
 * question heading such as "What does the service do well and what could it do better?")?
 */
export function polarityOf(s: Sentence): Polarity {
  if (!isFindingSentence(s) || METHOD.test(s.text) || /\?\s*$/.test(s.text) || isAdministrative(s.text))
    return "neutral";
  return toneOf(s.text);
}

/**
 * The polarity of every letter sentence, read in place: items under "The provider must:" or under
 * "Areas for improvement" are critical, and a past requirement the letter reports as met is not.
 */
export function letterPolarities(sentences: readonly Sentence[]): Polarity[] {
  const inherited = inheritedCriticism(sentences);
  const met = metRequirements(sentences);
  return sentences.map((s, i) => {
    if (met.has(i)) return "neutral";
    const own = polarityOf(s);
    // An item under a requirement reads as praise on its own ("Ensure checks are done safely"); a
    // numbered recommendation is a finding even when, printed without a full stop, it reads as a heading.
    const item = isFindingSentence(s) || (inherited.has(i) && isNumberedOrListedHeading(s));
    const listed = inherited.has(i) && item && !METHOD.test(s.text) && !/\?\s*$/.test(s.text);
    return listed ? "critical" : own;
  });
}

/** A heading-role line that is really an item of a recommendations list ("R2 Improve attendance…"). */
function isNumberedOrListedHeading(s: Sentence): boolean {
  return s.role === "heading" && splitsIntoAtLeast(s.text, 3);
}

/** A caveat on the sentence before it: a critical sentence, or one opening with "However", "But"… */
export function isCaveat(s: Sentence): boolean {
  return (
    polarityOf(s) === "critical" ||
    (isFindingSentence(s) && CAVEAT_OPENER_RE.test(s.text) && criticismIn(s.text) !== undefined)
  );
}

/**
 * Where a sentence turns to a caveat mid-way (", but …", "; however, …"), the offset of the turn in
 * the original text (the markers read a copy with contractions spelled out; offsets never move).
 */
export function caveatClauseStart(text: string): number | undefined {
  const m = /[,;:]\s*(?:but|however|although|though|yet|while|whilst)\b/i.exec(text);
  if (m) return criticismIn(text.slice(m.index)) !== undefined ? m.index : undefined;
  // "but" turns without a comma too ("attendance has improved but remains below average"), when
  // what follows is criticism; the others need one ("while" alone is as often a time). Not "not
  // only … but also", which adds rather than turns.
  const bare = /\s(?=but\b(?!\s+also\b))/i.exec(text);
  if (!bare) return undefined;
  return criticismIn(text.slice(bare.index)) !== undefined ? bare.index : undefined;
}
