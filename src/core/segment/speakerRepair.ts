import type { AttributionCue } from "./attribution.js";

/**
 * When the reporting-clause reader finds no named speaker before a verb it takes the words there as
 * "someone else" by default — which goes wrong in the sentences real coverage is made of:
 *
 * - a second verb of the same subject: "The report rated the service inadequate in three areas and
 *   said risk was “…”" (the words before "said" are "three areas and");
 * - a participle: "Inspectors raised concerns about caseloads, workload, concluding that there are
 *   ‘…’" (the words before "concluding" are "workload");
 * - a relative clause: "The report, which is published online, says: “…”";
 * - a part of the document: "The first paragraph concludes “…”", "Its summary states “…”".
 *
 * A default subject that names no one (no role, no organisation, no person's name, no first person)
 * is replaced by the sentence's own subject when its opening words are a pronoun or name the
 * regulator or its document; a part of a document is the document's (a pronoun for the last speaker).
 * Named speakers ("The council's director said", "Parents said") are never changed.
 */

/** Words that make a noun phrase someone who speaks for themselves: roles, bodies, people. */
const SOMEONE =
  /\b(?:mayor|councillors?|cllr|member|members|holder|spokes(?:person|man|woman)|leaders?|chief|executive|director|minister|mp|mps|headteacher|head|principal|chair(?:man|woman)?|campaign(?:ers?)?|groups?|parents?|carers?|residents?|families|family|union|council|councils|trust|school|academy|college|charity|company|board|department|government|secretary|officer|officers|manager|managers|staff|teachers?|pupils?|students?|patients?|tenants?|children|people|we|i|us|our|he|she|his|her|spokesperson|partners?|police|nhs)\b/iu;

/** A capitalised word that is not the first word: a name ("Jo Bloggs", "Eastbury Action"). */
const NAME_INSIDE = /\s[\p{Lu}][\p{L}'’-]+/u;

/** Parts of a document: they speak for the document the text has been quoting. */
const DOCUMENT_PART =
  /^(?:the|its|this|that|a|an)?\s*(?:(?:first|second|third|last|final|opening|closing|next|following|same|concluding)\s+)?(?:paragraph|section|summary|conclusion|introduction|page|chapter|passage|part|line|sentence)s?$/iu;

/** An opening pronoun: "It also said", "They raised concerns", "However, it noted". */
const OPENING_PRONOUN =
  /^\s*(?:(?:however|also|but|and|meanwhile|overall|further|furthermore|in addition|elsewhere|separately|crucially|importantly)\s*,?\s+)?(?:it|they|this)\b/iu;

/** Words naming the regulator or its document in a sentence's opening subject. */
const OPENING_REGULATOR =
  /\b(?:ofsted|inspectors?|inspectorates?|inspection|watchdogs?|regulators?|report|reports|letter|findings|verdict|hmi|cqc|estyn|commission)\b/iu;

/** A second verb of saying joined to the first: "… and said", "… and also noted". */
const COORDINATED_SAYING =
  /\s(?:and|but)\s+(?:also\s+|then\s+)?(?:said|says|added|adds|noted|notes|found|finds|warned|warns|stated|states|concluded|concludes|described|describes|highlighted|highlights|praised|praises|reported|reports)\b/iu;

/** How many words of the sentence's opening are read as its subject. */
const OPENING_WORDS = 8;

/** Whether a default subject phrase names no one. */
function namesNoOne(cue: string): boolean {
  const text = cue.replace(/\s+/g, " ").trim();
  if (!/[\p{L}]/u.test(text)) return true;
  return !SOMEONE.test(text) && !NAME_INSIDE.test(` ${text.split(" ").slice(1).join(" ")}`);
}

/**
 * The sentence's opening subject, when it is a pronoun or the regulator: the words before the first
 * comma, or the first OPENING_WORDS words.
 */
function openingSubject(frame: string): AttributionCue | undefined {
  const pronoun = OPENING_PRONOUN.exec(frame);
  if (pronoun) return { speaker: "pronoun", cue: pronoun[0].trim() };
  const opening = frame.trimStart().split(/\s+/).slice(0, OPENING_WORDS).join(" ").split(",")[0] ?? "";
  const regulator = OPENING_REGULATOR.exec(opening);
  // "An Ofsted report rated the council …": the regulator heads the subject; "Council leader Jo said
  // the report …" has someone before it and is left alone.
  if (regulator && !SOMEONE.test(opening.slice(0, regulator.index)))
    return { speaker: "regulator", cue: opening.slice(0, regulator.index + regulator[0].length).trim() };
  return undefined;
}

/**
 * A cue with its default "someone else" replaced as described above; any other cue unchanged.
 * `frame` is the sentence (quotations blanked), starting at its first character.
 */
export function repairSpeaker(
  frame: string,
  cue: AttributionCue | undefined,
  /** Where the quotation starts in `frame`, when a quotation's speaker is repaired. */
  quoteAt?: number,
): AttributionCue | undefined {
  if (cue?.speaker !== "other") return cue;
  // "The report rated Kelbrook Council's service weak and said “…”": the named body is the object of
  // the first verb, and "and said" goes on with the sentence's subject.
  if (quoteAt !== undefined) {
    const at = frame.lastIndexOf(cue.cue, quoteAt);
    if (at > 0 && COORDINATED_SAYING.test(frame.slice(at + cue.cue.length, quoteAt)))
      return openingSubject(frame) ?? cue;
  }
  if (DOCUMENT_PART.test(cue.cue.trim())) return { speaker: "pronoun", cue: cue.cue };
  // "… rated the council inadequate and said …": a phrase ending in "and" is the end of the first
  // verb's object, never the second verb's subject, whatever names it holds.
  if (/\band$/iu.test(cue.cue.trim())) return openingSubject(frame) ?? cue;
  if (!namesNoOne(cue.cue)) return cue;
  return openingSubject(frame) ?? cue;
}
