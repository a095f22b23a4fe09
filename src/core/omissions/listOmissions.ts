import type { LetterContext } from "../judge/context.js";
import {
  type FindingCoverage,
  letterSentenceKeys,
  type PressEvidence,
  wholeCarriedBy,
} from "../judge/omissions.js";
import { isContentToken } from "../text/tokens.js";
import type { Omission as IdentifiedOmission, LetterFinding, OmissionPlace, SectionKind } from "../types.js";
import { severityOf } from "./severity.js";
import { isUnmarkedCaveat } from "./unmarkedCaveat.js";

/** An omission before the comparison gives it its id (core/findingId.ts). */
type Omission = Omit<IdentifiedOmission, "id">;

/**
 * The omission list: the letter's critical findings that a press document never reports, one entry
 * per finding, ranked so that a reader sees the ones that matter first.
 *
 * 1. Candidates are the critical sentences of the letter's running text.
 * 2. A report states its main findings more than once — in the summary, in "What needs to improve"
 *    and in a body paragraph. A sentence that restates a summary or improvement-list finding (its
 *    words carry the other's core, by the measure the coverage test uses) joins that finding's group;
 *    the group is one entry, with every place it appears.
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

/** Prominence of a section: where a reader meets a finding first. */
const PROMINENCE: Record<SectionKind, number> = {
  improve: 40,
  summary: 30,
  judgements: 30,
  body: 0,
  front: 0,
};
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

const PROMINENT: ReadonlySet<SectionKind> = new Set(["improve", "summary", "judgements"]);

/** Does sentence `b` restate sentence `a` (carry the core of the whole of `a`)? */
function restates(ctx: LetterContext, a: LetterFinding, b: LetterFinding): boolean {
  const sa = ctx.sentences[a.index];
  return sa !== undefined && wholeCarriedBy(ctx, sa, letterSentenceKeys(ctx, b.index));
}

/**
 * A sentence joins a finding's group when one restates the other. A compound sentence ("Repairs
 * are not always well recorded, and the landlord does not always say why…") holds more than the
 * finding it restates: it joins only when the finding carries all of it, so its other clause is not
 * lost with the group.
 */
const COMPOUND = /[,;]\s*(?:and|but|while|whereas|as well as)\s|;\s/i;
function joins(ctx: LetterContext, head: LetterFinding, other: LetterFinding): boolean {
  if (restates(ctx, other, head)) return true;
  return restates(ctx, head, other) && !COMPOUND.test(other.text) && !COMPOUND.test(head.text);
}

/** A lead-in to a list ("Within six weeks, the landlord should:") introduces findings; it is not one. */
const LEAD_IN = /:\s*$/;

/**
 * The groups depend on the letter alone: computed once per letter (a review or a batch compares many
 * press documents with one letter).
 */
const groupsMemo = new WeakMap<LetterContext, LetterFinding[][]>();
function groupsOf(ctx: LetterContext, critical: readonly LetterFinding[]): LetterFinding[][] {
  let groups = groupsMemo.get(ctx);
  if (!groups) {
    groups = groupFindings(ctx, critical);
    groupsMemo.set(ctx, groups);
  }
  return groups;
}

/** Groups of critical letter sentences that state one finding, each led by its most prominent place. */
function groupFindings(ctx: LetterContext, critical: readonly LetterFinding[]): LetterFinding[][] {
  const order = (f: LetterFinding) => -PROMINENCE[f.section.kind];
  const heads = critical
    .filter((f) => PROMINENT.has(f.section.kind))
    .sort((a, b) => order(a) - order(b) || a.start - b.start);
  const groups: LetterFinding[][] = [];
  const placed = new Set<number>();
  for (const head of heads) {
    if (placed.has(head.index)) continue;
    const group = [head];
    placed.add(head.index);
    for (const other of critical) {
      if (placed.has(other.index)) continue;
      if (joins(ctx, head, other)) {
        group.push(other);
        placed.add(other.index);
      }
    }
    groups.push(group);
  }
  for (const f of critical) if (!placed.has(f.index)) groups.push([f]);
  return groups;
}

/**
 * A body sentence that carries most of an improvement-list topic the press reports ("Managers could not
 * be sure that every young carer who asked for help…" under a reported "The
 * support for young carers who ask for help") is a detail of a finding the reader has
 * been told: it ranks after findings the press never touches, but stays in the list.
 */
const DETAIL_OF_REPORTED_TOPIC = 25;
const TOPIC_SHARE = 0.5;

function topicWeights(ctx: LetterContext, index: number): Map<string, number> {
  const weights = new Map<string, number>();
  for (const t of ctx.index.sentenceTokens[index] ?? [])
    if (isContentToken(t)) weights.set(t.stem, ctx.index.idf(t.stem));
  return weights;
}

/**
 * Whether letter sentence `index` is a detail of the improvement-list topic at letter sentence `topic`
 * depends on the letter alone: each pair is answered once per letter, whatever the press documents,
 * from each sentence's stems and each topic's weights read once.
 */
interface DetailMemo {
  answers: Map<number, boolean>;
  stems: Map<number, Set<string>>;
  topics: Map<number, Map<string, number>>;
}
const detailMemos = new WeakMap<LetterContext, DetailMemo>();
function detailOf(ctx: LetterContext, index: number, topic: number): boolean {
  let memo = detailMemos.get(ctx);
  if (!memo) {
    memo = { answers: new Map(), stems: new Map(), topics: new Map() };
    detailMemos.set(ctx, memo);
  }
  const key = index * ctx.sentences.length + topic;
  let answer = memo.answers.get(key);
  if (answer === undefined) {
    let own = memo.stems.get(index);
    if (!own) {
      own = new Set((ctx.index.sentenceTokens[index] ?? []).map((t) => t.stem));
      memo.stems.set(index, own);
    }
    let weights = memo.topics.get(topic);
    if (!weights) {
      weights = topicWeights(ctx, topic);
      memo.topics.set(topic, weights);
    }
    answer = carriesTopic(own, weights);
    memo.answers.set(key, answer);
  }
  return answer;
}

function carriesTopic(own: ReadonlySet<string>, topic: ReadonlyMap<string, number>): boolean {
  let total = 0;
  let shared = 0;
  let words = 0;
  for (const [stem, weight] of topic) {
    total += weight;
    if (own.has(stem)) {
      shared += weight;
      words++;
    }
  }
  return words >= 2 && total > 0 && shared / total >= TOPIC_SHARE;
}

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
  const reportedTopics = groups
    .filter((g) => isReported(g))
    .flatMap((g) => g.filter((f) => f.section.kind === "improve"))
    .map((f) => f.index);
  for (const group of groups) {
    if (isReported(group)) continue;
    const head = group[0] as LetterFinding;
    const severity = groupSeverity(group);
    const detail = group.every((f) => reportedTopics.some((topic) => detailOf(ctx, f.index, topic)));
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
