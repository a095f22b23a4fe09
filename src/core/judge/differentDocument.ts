import type { Sentence } from "../types.js";

/**
 * Different document: the press reports on another regulator document (another visit, inspection or
 * date). Evidence, each general:
 * - quotations attributed to the regulator that the letter lacks (most of them, at least two);
 * - little of the press text has a source in the letter;
 * - the press names a visit number ("sixth monitoring visit") or a judgement ("rated outstanding")
 *   that contradicts or is absent from the letter.
 */

const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];
const ORDINAL_VISIT = new RegExp(
  `\\b(${ORDINALS.join("|")}|\\d+(?:st|nd|rd|th))\\b(?:\\s+(?:and\\s+)?\\w+){0,2}?\\s+(?:monitoring\\s+)?(?:visit|inspection)`,
  "gi",
);
/**
 * A judgement named with its verb: "rated outstanding", "judged to be good", "rated the school
 * outstanding" (up to five words of object between verb and grade), "a rating of 'inadequate'".
 */
const JUDGEMENT =
  /\b(?:rated|judged|graded|found to be|rating of)\s+(?:[\w’'-]+\s+){0,5}?(?:as\s+|to be\s+)?['‘"“]?(outstanding|good|requires improvement|inadequate)\b/gi;

function ordinalsOf(text: string): Set<string> {
  return new Set([...text.matchAll(ORDINAL_VISIT)].map((m) => (m[1] as string).toLowerCase()));
}

/** The grades a judgement names (JUDGEMENT's capture, lower-cased). */
const GRADES = ["outstanding", "good", "requires improvement", "inadequate"] as const;

/**
 * What a letter says of the identifiers a press text may name: its visit ordinals, the judgements it
 * names with their verb, and the grades it names at all. It depends on the letter alone: read once per
 * prepared letter, not once per press document.
 */
export interface LetterIdentifiers {
  ordinals: ReadonlySet<string>;
  judgements: ReadonlySet<string>;
  gradesNamed: ReadonlySet<string>;
}

export function letterIdentifiers(letter: string): LetterIdentifiers {
  return {
    ordinals: ordinalsOf(letter),
    judgements: new Set([...letter.matchAll(JUDGEMENT)].map((m) => (m[1] as string).toLowerCase())),
    gradesNamed: new Set(GRADES.filter((g) => new RegExp(`\\b${g}\\b`, "i").test(letter))),
  };
}

/** Contradictions between identifiers the press names and the letter's own (its text, or read already). */
export function identifierConflicts(press: string, letter: string | LetterIdentifiers): string[] {
  const conflicts: string[] = [];
  const ids = typeof letter === "string" ? letterIdentifiers(letter) : letter;
  const letterOrdinals = ids.ordinals;
  if (letterOrdinals.size > 0) {
    for (const o of ordinalsOf(press)) {
      if (!letterOrdinals.has(o))
        conflicts.push(`it reports the ${o} visit; the letter is about the ${[...letterOrdinals].join("/")}`);
    }
  }
  for (const m of press.matchAll(JUDGEMENT)) {
    const j = (m[1] as string).toLowerCase();
    if (!ids.judgements.has(j) && !ids.gradesNamed.has(j))
      conflicts.push(`it reports a judgement of "${j}" the letter never makes`);
  }
  return conflicts;
}

export interface DifferentDocumentEvidence {
  regulatorQuotes: number;
  quotesFound: number;
  claims: number;
  claimsSourced: number;
  conflicts: string[];
}

/** Decides from the evidence; returns the reason, or undefined when the press reports this letter. */
export function differentDocumentReason(e: DifferentDocumentEvidence): string | undefined {
  const quoteShare = e.regulatorQuotes > 0 ? e.quotesFound / e.regulatorQuotes : undefined;
  // Most of its regulator quotations are in this letter: it reports this letter, whatever else it
  // names (a link to another school's rating, the previous inspection's grade).
  if (quoteShare !== undefined && e.regulatorQuotes >= 2 && quoteShare >= 0.7) return undefined;
  const sourcedShare = e.claims > 0 ? e.claimsSourced / e.claims : 0;
  const fewQuotesFound = quoteShare !== undefined && e.regulatorQuotes >= 2 && quoteShare < 0.34;
  const littleSourced = e.claims >= 5 && sourcedShare < 0.15;
  const quotesLine = `${e.quotesFound} of ${e.regulatorQuotes} quotations attributed to the regulator are in the letter`;
  const sourcedLine = `${Math.round(sourcedShare * 100)}% of its claims have a source in the letter`;
  // A named visit or judgement the letter lacks points to another document when little else ties the
  // article to this letter: few of its regulator quotations found here, or few of its claims sourced.
  // An article without regulator quotations is weighed by its claims alone: one grade the letter never
  // gives ("rated good" of an ungraded revisit) is a false claim about this letter, not evidence of
  // another, when most of its claims are sourced here.
  const quotesPoint = quoteShare !== undefined && quoteShare < 0.5;
  if (e.conflicts.length > 0 && (fewQuotesFound || sourcedShare < 0.35 || quotesPoint)) {
    return `${e.conflicts[0]}; ${quotesLine}; ${sourcedLine}`;
  }
  // Few of its regulator quotations in the letter, and the rest of it not mostly sourced here either.
  if (fewQuotesFound && sourcedShare < 0.5) return `${quotesLine}; ${sourcedLine}`;
  // Many quotations and hardly any found: the regulator said these words somewhere else, whatever
  // loose overlap the article's own sentences have with this letter's (shared topic vocabulary).
  if (fewQuotesFound && e.regulatorQuotes >= 5 && (quoteShare ?? 1) < 0.2)
    return `${quotesLine}; ${sourcedLine}`;
  if (littleSourced && (quoteShare ?? 0) < 0.5) return `${sourcedLine}`;
  return undefined;
}

/**
 * An aim or a forecast names a judgement without reporting one ("we aim to be rated outstanding by
 * 2027", "at the next inspection"): such sentences are no evidence of another document.
 */
const ASPIRATION =
  /\b(?:aim(?:s|ing)? to|hope(?:s|d)? to|target|ambition|aspir\w*|want(?:s)? to|on track to|next (?:full )?inspection|will be (?:rated|judged|graded)|working towards)\b/i;

/** The press text that can name a visit or judgement: running-text claims, not links, teasers or aims. */
export function claimText(sentences: readonly Sentence[]): string {
  return sentences
    .filter(
      (s) =>
        (s.role === "body" || s.role === "list-item" || s.role === "heading") && !ASPIRATION.test(s.text),
    )
    .map((s) => s.text)
    .join("\n");
}

/** Words that tie a text to an inspection: the regulator, its report, a rating. */
const INSPECTION_WORDS =
  /\b(?:inspect\w*|ofsted|cqc|estyn|hmi\w*|regulator\w*|watchdog|report\w*|rated|rating|judged|judgement|graded?|inadequate|outstanding|requires improvement)\b/i;

/** Whether a text names an inspection, a report, a grade or the regulator at all. */
export function mentionsInspection(text: string, regulatorNames: readonly string[]): boolean {
  if (INSPECTION_WORDS.test(text)) return true;
  const lower = text.toLowerCase();
  return regulatorNames.some((n) => n.length > 1 && lower.includes(n.toLowerCase()));
}
