import type { LetterContext } from "../judge/context.js";
import type { FindingCoverage, PressEvidence } from "../judge/omissions.js";
import type { Omission as IdentifiedOmission, LetterFinding, OmissionPlace } from "../types.js";
import { groupsOf } from "./groupFindings.js";
import { PROMINENCE } from "./prominence.js";
import { severityOf } from "./severity.js";
import { detailsReportedTopic } from "./topicDetails.js";
import { isUnmarkedCaveat } from "./unmarkedCaveat.js";

/** An omission before the comparison gives it its id (core/findingId.ts). */
type Omission = Omit<IdentifiedOmission, "id">;

/**
 * The omission list: the letter's critical findings that a press document never reports, one entry
 * per finding, ranked so that a reader sees the ones that matter first.
 *
 * 1. Candidates are the critical sentences of the letter's running text.
 * 2. A report states its main findings more than once: a sentence that restates a summary or
 *    improvement-list finding joins that finding's group, one entry with every place it appears
 *    (groupFindings.ts).
 * 3. A group is reported, and not listed, when any of its sentences is the source of a press finding
 *    or is reported in other words (an improvement-list item also by the press's compressed list of
 *    topics, see listItemCovered). A lone sentence reported only in part lists its unreported
 *    critical clauses instead.
 * 4. Entries are ranked by prominence (improvement list, then summary, then body), severity (see
 *    severity.ts) and how often the report repeats them, then by position. The first
 *    DEFAULT_OMISSIONS are the short list every view shows; the rest are counted, and kept in JSON.
 */
export const DEFAULT_OMISSIONS = 10;
/**
 * A letter of a few pages (a monitoring or focused-visit letter, a short school or care-home report)
 * states a few dozen findings at most, and a reader can take in every one it leaves out: the short
 * list applies from this length on, the size of a full inspection report (25–40k characters, ten or
 * more pages) where the unreported criticism runs to dozens of sentences.
 */
export const SHORT_LIST_FROM_CHARS = 15_000;

const PER_SEVERITY = 10;
const PER_REPEAT = 5;
const MAX_REPEATS = 2;

export interface OmissionInputs {
  ctx: LetterContext;
  letterFindings: readonly LetterFinding[];
  /** Letter sentences some press finding cites as its source. */
  used: ReadonlySet<number>;
  /** How press words report a letter sentence (memoised by the caller). */
  coverageOf: (index: number) => FindingCoverage;
  /** The press document's own words, for the improvement-list test. */
  pressEvidence: readonly PressEvidence[];
  /** Is an improvement-list item reported by the press's compressed list of topics? */
  listItemCovered: (index: number) => boolean;
}

export interface OmissionList {
  /** The short ranked list every view shows. */
  shown: Omission[];
  /** The rest, ranked after them. */
  more: Omission[];
}

/** A lead-in to a list ("Within six weeks, the landlord should:") introduces findings; it is not one. */
const LEAD_IN = /:\s*$/;

/**
 * A body sentence that carries most of an improvement-list topic the press reports is a detail of a
 * finding the reader has been told (topicDetails.ts): it ranks after findings the press never touches,
 * but stays in the list.
 */
const DETAIL_OF_REPORTED_TOPIC = 25;

function placeOf(ctx: LetterContext, f: LetterFinding): OmissionPlace {
  return { start: f.start, end: f.end, text: ctx.text.slice(f.start, f.end), section: f.section };
}

/**
 * The letter's critical findings. A short letter lists every shortfall, the plainly worded ones too
 * (unmarkedCaveat.ts); a full report's short list keeps to the findings its criticism words mark,
 * which are plenty.
 */
function criticalCandidates(ctx: LetterContext, letterFindings: readonly LetterFinding[]): LetterFinding[] {
  const everyShortfall = ctx.text.length < SHORT_LIST_FROM_CHARS;
  return letterFindings.filter(
    (f, i) =>
      (f.polarity === "critical" || (everyShortfall && isUnmarkedCaveat(f, letterFindings[i - 1]))) &&
      !LEAD_IN.test(f.text),
  );
}

/** A group's gravity (its gravest sentence's), read once per group: the groups are the letter's (groupsOf). */
const severities = new WeakMap<readonly LetterFinding[], number>();
function groupSeverity(group: readonly LetterFinding[]): number {
  let severity = severities.get(group);
  if (severity === undefined) {
    severity = Math.max(...group.map((f) => severityOf(f.text)));
    severities.set(group, severity);
  }
  return severity;
}

export function listOmissions(inputs: OmissionInputs): OmissionList {
  const { ctx, letterFindings, used, coverageOf } = inputs;
  const critical = criticalCandidates(ctx, letterFindings);
  const ranked: { omission: Omission; score: number }[] = [];
  const groups = groupsOf(ctx, critical);
  const isReported = (group: readonly LetterFinding[]) =>
    group.some((f) => used.has(f.index) || coverageOf(f.index).whole) ||
    group.some((f) => f.section.kind === "improve" && inputs.listItemCovered(f.index));
  // Improvement-list topics the press reports: their details in the body rank after the rest.
  const reported = groups.map(isReported);
  const reportedTopics = new Set(
    groups
      .filter((_, g) => reported[g])
      .flatMap((g) => g.filter((f) => f.section.kind === "improve"))
      .map((f) => f.index),
  );
  const isDetail = (f: LetterFinding) => detailsReportedTopic(ctx, groups, f.index, reportedTopics);
  for (const [g, group] of groups.entries()) {
    if (reported[g]) continue;
    const head = group[0] as LetterFinding;
    const severity = groupSeverity(group);
    const detail = group.every(isDetail);
    const score =
      PROMINENCE[head.section.kind] +
      PER_SEVERITY * severity +
      PER_REPEAT * Math.min(MAX_REPEATS, group.length - 1) -
      (detail ? DETAIL_OF_REPORTED_TOPIC : 0);
    const partly = group.filter((f) => coverageOf(f.index).reported);
    if (partly.length > 0) {
      // Reported in part: a repeated finding is reported; a lone sentence's unreported critical
      // clauses are omitted on their own.
      if (group.length > 1) continue;
      for (const clause of coverageOf(head.index).omitted)
        ranked.push({
          score,
          omission: {
            start: clause.start,
            end: clause.end,
            text: ctx.text.slice(clause.start, clause.end),
            reason:
              "a critical part of a letter finding that the document never reports (it reports the rest)",
            section: head.section,
            places: [
              {
                start: clause.start,
                end: clause.end,
                text: ctx.text.slice(clause.start, clause.end),
                section: head.section,
              },
            ],
          },
        });
      continue;
    }
    const places = group.map((f) => placeOf(ctx, f)).sort((a, b) => a.start - b.start);
    // The entry quotes the finding as the letter first states it as a fact (the summary or body
    // sentence), not as a recommendation or an improvement-list topic ("The response to…"), which
    // says what must change rather than what was found; it ranks by its most prominent place.
    const shown = places.find((p) => p.section.kind !== "improve") ?? (places[0] as OmissionPlace);
    ranked.push({
      score,
      omission: {
        start: shown.start,
        end: shown.end,
        text: shown.text,
        reason:
          group.length > 1
            ? `a critical finding of the letter that the document never reports (stated ${group.length} times in the letter)`
            : "a critical finding of the letter that the document never reports",
        section: shown.section,
        places,
      },
    });
  }
  ranked.sort((a, b) => b.score - a.score || a.omission.start - b.omission.start);
  const all = ranked.map((r, i) => ({ ...r.omission, rank: i + 1 }));
  const cut = ctx.text.length >= SHORT_LIST_FROM_CHARS ? DEFAULT_OMISSIONS : all.length;
  return { shown: all.slice(0, cut), more: all.slice(cut) };
}
