import { claimSpeaker, quoteSpeaker } from "../segment/attribution.js";
import { findQuotedRanges } from "../segment/quotes.js";
import type { Sentence } from "../types.js";
import type { LetterContext } from "./context.js";
import { REPORTED_SPEAKERS } from "./lexicon.js";

/**
 * Misattribution: words the press gives to the regulator that the letter gives to someone it
 * reports — "Tenants told us the wardens are "always there"" quoted as "The inspectorate said the
 * wardens are "always there"". Two signs in the letter, either one enough:
 * - a reporting clause naming others before the matched words in their sentence ("Some tenants
 *   told inspectors that…", "Staff said…"), cut at the last ";" or "but" so an earlier clause about
 *   someone else does not count;
 * - the matched words sit inside the letter's own quotation marks: a letter quotes only the people
 *   it heard, unless its clause names the regulator ("Our previous report said “…”").
 */

/** Words a quotation in the letter needs to count as someone's words rather than a quoted term ("‘good’"). */
const MIN_LETTER_QUOTE_WORDS = 3;

/** The letter's clause boundaries that end one reporting clause's reach: ";" and "but". */
const CLAUSE_CUT = /;|,?\s+but\s+/gi;

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Why the matched letter words `[matchStart, matchEnd)` belong to someone other than the regulator
 * ("the letter gives these words to others (…)"), or undefined when the letter gives them to no one else.
 */
export function findMisattribution(
  ctx: LetterContext,
  letter: readonly Sentence[],
  matchStart: number,
  matchEnd: number,
): string | undefined {
  const first = letter[0];
  if (!first) return undefined;
  const lead = ctx.text.slice(first.start, matchStart);
  const cuts = [...lead.matchAll(CLAUSE_CUT)];
  const lastCut = cuts[cuts.length - 1];
  const clause = lastCut ? lead.slice((lastCut.index ?? 0) + lastCut[0].length) : lead;
  const who = REPORTED_SPEAKERS.exec(clause);
  if (who) return `the letter gives these words to others ("${who[0].replace(/\s+/g, " ")}")`;

  const last = letter[letter.length - 1] as Sentence;
  const quoted = findQuotedRanges(
    ctx.text,
    first.start,
    last.end,
    letter.map((s) => s.end),
  ).find(
    (r) =>
      r.innerStart <= matchStart &&
      matchEnd <= r.innerEnd &&
      wordCount(ctx.text.slice(r.innerStart, r.innerEnd)) >= MIN_LETTER_QUOTE_WORDS,
  );
  if (!quoted) return undefined;
  const own = letter.find((s) => s.start <= quoted.start && quoted.start < s.end) ?? first;
  // The letter's sentence with its quotation blanked out, so only the reporting words are read.
  const frame =
    ctx.text.slice(own.start, quoted.start) +
    " ".repeat(quoted.end - quoted.start) +
    ctx.text.slice(quoted.end, Math.max(quoted.end, own.end));
  const speaker =
    quoteSpeaker(frame, quoted.start - own.start, quoted.end - own.start) ?? claimSpeaker(frame);
  // In the letter, "we" and "I" are the inspectors themselves ("We said in our last letter “…”").
  const firstPerson = speaker?.speaker === "other" && /^(?:we|i|us)$/i.test(speaker.cue);
  if (speaker?.speaker === "regulator" || firstPerson) return undefined;
  return speaker?.speaker === "other"
    ? `the letter quotes these words from others ("${speaker.cue.replace(/\s+/g, " ")}")`
    : "the letter quotes these words from someone else";
}
