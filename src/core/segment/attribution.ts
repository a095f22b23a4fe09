import type { Speaker } from "../types.js";
import { type ReportingClause, reportingClauses, startsWithBlankOr } from "./reportingClauses.js";

/**
 * Who a quotation or a claim is attributed to, read from its reporting clause — the subject of a
 * saying or judging verb ("The watchdog said …", "…,” said the report", "Inspectors found …",
 * "Mayor Jane Doe said: “…”"). Only quotations attributed to the regulator (or to nobody in
 * particular) are quotations of the letter; a council leader's own words are not.
 *
 * Nouns after the verb are the content of what was said, never the speaker: in "Inspectors described
 * relations with tenants as “…”" the tenants say nothing, and in "Campaigners said the findings
 * “…”" the findings are what the campaigners talk about.
 */

export { type ReportingClause, reportingClauses } from "./reportingClauses.js";
export type { SubjectKind } from "./subject.js";

/** Pure verbs of saying: their subject is a speaker even inside what someone else reports. */
const PURE_SAYING =
  /^(?:said|says|say|saying|stated|states|added|adds|told|tells|commented|wrote|writes|explained|explains|remarked|thanked)$/i;

/**
 * A judging or finding verb inside what the regulator reports is content, not a new speaker: in
 * "The report found that in some subjects the school had not identified “…”" or "Inspectors noted
 * that leaders have recognised “…”", the school and the leaders say nothing — the report does, and
 * the quotation is the report's. The clause must sit in the "that" complement of a regulator's clause
 * of the same sentence, with no turn to a new clause between (", and", ", but", a semicolon), and its
 * verb must not be a pure verb of saying ("Inspectors found that parents said…" is left as it is).
 * Returns the regulator's clause, or undefined.
 */
function reportingFrame(
  frame: string,
  clauses: readonly ReportingClause[],
  inner: ReportingClause,
): ReportingClause | undefined {
  if (inner.kind !== "other" || inner.inverted || inner.passive || PURE_SAYING.test(inner.verb))
    return undefined;
  const outer = clauses.filter((c) => c.verbEnd <= inner.verbStart && c.kind === "regulator").pop();
  if (!outer) return undefined;
  const between = frame.slice(outer.verbEnd, inner.verbStart);
  if (!/^\s+that\b/i.test(between) || /[.;:!?]| {3,}|,\s*(?:and|but|while|whereas)\b/iu.test(between))
    return undefined;
  return outer;
}

/** The rest of a clause that has said all it says: punctuation, the end, or a short "in its report". */
const CLAUSE_ENDS =
  /^\s*(?:(?:in|on|at|of|about|last|this|yesterday|today)\b[^.,;:!?]{0,40})?(?:[.,;:!?–—]| {3,}|$)/u;

export interface AttributionCue {
  speaker: Exclude<Speaker, "unknown"> | "pronoun" | "implied";
  cue: string;
}

/**
 * The clause that governs a quotation at `[quoteStart, quoteEnd)` of `frame`: a reporting clause right
 * after it ("…,” the report said"), else the nearest one before it (the quotation is its content),
 * else the nearest one after it. A clause without a subject of its own (", saying …") takes the
 * subject of the clause before it.
 */
export function quoteSpeaker(
  frame: string,
  quoteStart: number,
  quoteEnd: number,
  extraRegulatorNames: readonly string[] = [],
): AttributionCue | undefined {
  const clauses = reportingClauses(frame, extraRegulatorNames);
  // "…,” the report said." / "…,” he added in a statement." / "…,” said the report.": the clause
  // follows the quotation and says nothing else of its own.
  const directlyAfter = clauses.find(
    (c) =>
      c.verbStart >= quoteEnd &&
      c.kind !== undefined &&
      /^[\s,–—-]*(?:[\p{L}'’.]+\s+){0,6}$/u.test(frame.slice(quoteEnd, c.verbStart)) &&
      (c.inverted || startsWithBlankOr(CLAUSE_ENDS, frame.slice(c.verbEnd))),
  );
  const before = clauses.filter((c) => c.verbEnd <= quoteStart);
  const after = clauses.filter((c) => c.verbStart >= quoteEnd);
  let chosen = directlyAfter;
  if (!chosen) {
    for (let i = before.length - 1; i >= 0; i--) {
      const c = before[i] as ReportingClause;
      if (c.kind !== undefined) {
        chosen = c;
        break;
      }
    }
  }
  if (!chosen) chosen = after.find((c) => c.kind !== undefined);
  if (!chosen?.kind) return undefined;
  const reporter = chosen !== directlyAfter ? reportingFrame(frame, clauses, chosen) : undefined;
  if (reporter) return { speaker: "regulator", cue: reporter.cue ?? reporter.verb };
  if (chosen.kind === "pronoun") {
    // "The report praised the staff, and it said they were “…”": the pronoun's antecedent is the
    // nearest earlier clause of the same sentence that names its speaker, when there is one.
    const antecedent = clauses
      .filter((c) => c.verbEnd <= chosen.verbStart && (c.kind === "regulator" || c.kind === "other"))
      .pop();
    if (antecedent?.kind) return { speaker: antecedent.kind, cue: antecedent.cue ?? antecedent.verb };
  }
  return { speaker: chosen.kind, cue: chosen.cue ?? chosen.verb };
}

/**
 * The speaker of a sentence's unquoted words: the subject of its first reporting clause that names
 * one. The regulator is the speaker of a claim only as the subject of a reporting or judging verb
 * ("Inspectors found…", "The watchdog will revisit…", or the agent of "was rated … by the
 * inspectorate"), never as an object or a possessive ("We are thrilled to share our Ofsted
 * report"). An agentless passive ("The school was rated good in 2019", "Staff were said to be
 * cheerful") names no speaker: it may report an earlier inspection or the publisher's own summary,
 * so it is not attributed (unknown) rather than charged to the regulator.
 */
export function claimSpeaker(
  frame: string,
  extraRegulatorNames: readonly string[] = [],
): AttributionCue | undefined {
  const clauses = reportingClauses(frame, extraRegulatorNames);
  const isNamed = (c: ReportingClause) => c.kind !== undefined && c.kind !== "implied";
  const firstComma = frame.indexOf(",");
  // A closing ", the report said." governs the whole sentence before it, whoever that sentence
  // reports ("Tenants told us repairs were slow, the report said." is the report's claim).
  const closing = [...clauses]
    .reverse()
    .find(
      (c) =>
        isNamed(c) &&
        (c.inverted || (firstComma >= 0 && firstComma < c.verbStart)) &&
        SENTENCE_CLOSES.test(frame.slice(c.verbEnd)),
    );
  const named = closing ?? clauses.find(isNamed);
  if (named?.kind) return { speaker: named.kind, cue: named.cue ?? named.verb };
  return undefined;
}

/** What may follow a sentence's closing reporting clause: the subject of an inverted verb, a full stop. */
const SENTENCE_CLOSES =
  /^(?:\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})?\s*(?:[.!?]["'”’]*\s*|["'”’]+\s*)?$/u;

/** First-person plural inside a quotation ("we are thrilled", "our staff") marks an organisation speaking for itself. */
export function speaksForItself(quoted: string): boolean {
  return /\b(?:we|we're|we've|our|ours|us)\b/i.test(quoted);
}
