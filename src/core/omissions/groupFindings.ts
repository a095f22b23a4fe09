import type { LetterContext } from "../judge/context.js";
import {
  carries,
  letterSentenceKeys,
  REVERSE_COVERED,
  type WeightedCore,
  wholeCore,
} from "../judge/omissions.js";
import type { LetterFinding } from "../types.js";
import { PROMINENCE, PROMINENT } from "./prominence.js";

/**
 * A report states its main findings more than once — in the summary, in "What needs to improve" and
 * in a body paragraph. A critical sentence that restates a summary or improvement-list finding (its
 * words carry the other's core, by the measure the coverage test uses) joins that finding's group;
 * the group is one entry of the omission list, with every place it appears.
 *
 * Which sentences restate which depends on the letter alone: the groups are made once per letter.
 * They are made without testing every pair of critical sentences (a long letter has thousands):
 * a sentence can carry another's core only if it holds a key of one of that core's heaviest words
 * (see mustShareKeys), so each group's head is tested only against the sentences an index of those
 * keys names, in the letter's order — the same groups as testing every pair.
 */

/** One critical sentence as the grouping reads it, worked out once. */
interface Member {
  finding: LetterFinding;
  /** Its whole core as a critical finding (undefined: nothing can carry it). */
  core: WeightedCore | undefined;
  /** Every key of its words (what it carries another core with). */
  keys: ReadonlySet<string>;
  /** Several findings in one sentence (see COMPOUND). */
  compound: boolean;
  /** Keys of its core's heaviest words, one of which any carrier of the core holds. */
  mustShare: readonly string[];
}

/**
 * A compound sentence ("Repairs are not always well recorded, and the landlord does not always say
 * why…") holds more than the finding it restates: it joins a group only when the finding carries
 * all of it, so its other clause is not lost with the group.
 */
const COMPOUND = /[,;]\s*(?:and|but|while|whereas|as well as)\s|;\s/i;

/**
 * A key set carries a core only if the core's words it holds weigh REVERSE_COVERED of the core: so
 * it holds a key of the heaviest words that together weigh more than the rest may (1 −
 * REVERSE_COVERED, with a margin far above rounding). Heavy words are the rare ones, so few sentences
 * hold their keys.
 */
const MARGIN = 1e-9;
function mustShareKeys(core: WeightedCore): string[] {
  const heaviest = [...core.words].sort((a, b) => b.weight - a.weight);
  const enough = core.total * (1 - REVERSE_COVERED + MARGIN);
  const keys = new Set<string>();
  let weight = 0;
  for (const w of heaviest) {
    for (const k of w.keys) keys.add(k);
    weight += w.weight;
    if (weight >= enough) break;
  }
  return [...keys];
}

function memberOf(ctx: LetterContext, finding: LetterFinding): Member {
  const s = ctx.sentences[finding.index];
  const core = s === undefined ? undefined : wholeCore(ctx, s);
  return {
    finding,
    core,
    keys: letterSentenceKeys(ctx, finding.index),
    compound: COMPOUND.test(finding.text),
    mustShare: core === undefined ? [] : mustShareKeys(core),
  };
}

/** Does `b` restate `a` (carry the core of the whole of `a`)? */
function restates(a: Member, b: Member): boolean {
  return a.core !== undefined && carries(a.core, b.keys);
}

/** A sentence joins a finding's group when one restates the other (a compound one only as the restated). */
function joins(head: Member, other: Member): boolean {
  if (restates(other, head)) return true;
  return restates(head, other) && !other.compound && !head.compound;
}

function addTo(index: Map<string, number[]>, key: string, at: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [at]);
  else if (list[list.length - 1] !== at) list.push(at);
}

/** The members that may join `head`: those it may carry, and those that may carry it, in the letter's order. */
function mayJoin(
  head: Member,
  carriedBy: ReadonlyMap<string, readonly number[]>,
  holding: ReadonlyMap<string, readonly number[]>,
  seen: Int32Array,
  stamp: number,
): number[] {
  const out: number[] = [];
  const add = (list: readonly number[] | undefined) => {
    for (const i of list ?? [])
      if (seen[i] !== stamp) {
        seen[i] = stamp;
        out.push(i);
      }
  };
  for (const k of head.keys) add(carriedBy.get(k));
  for (const k of head.mustShare) add(holding.get(k));
  return out.sort((a, b) => a - b);
}

/** Groups of critical letter sentences that state one finding, each led by its most prominent place. */
export function groupFindings(ctx: LetterContext, critical: readonly LetterFinding[]): LetterFinding[][] {
  const members = critical.map((f) => memberOf(ctx, f));
  // carriedBy: key → members a sentence holding the key may carry; holding: key → members holding it.
  const carriedBy = new Map<string, number[]>();
  const holding = new Map<string, number[]>();
  members.forEach((m, i) => {
    for (const k of m.mustShare) addTo(carriedBy, k, i);
    for (const k of m.keys) addTo(holding, k, i);
  });
  const order = (m: Member) => -PROMINENCE[m.finding.section.kind];
  const heads = members
    .filter((m) => PROMINENT.has(m.finding.section.kind))
    .sort((a, b) => order(a) - order(b) || a.finding.start - b.finding.start);
  const placed = new Set<number>();
  const seen = new Int32Array(members.length);
  const groups: LetterFinding[][] = [];
  heads.forEach((head, h) => {
    if (placed.has(head.finding.index)) return;
    const group = [head.finding];
    placed.add(head.finding.index);
    for (const i of mayJoin(head, carriedBy, holding, seen, h + 1)) {
      const other = members[i] as Member;
      if (placed.has(other.finding.index) || !joins(head, other)) continue;
      group.push(other.finding);
      placed.add(other.finding.index);
    }
    groups.push(group);
  });
  for (const f of critical) if (!placed.has(f.index)) groups.push([f]);
  return groups;
}

const groupsMemo = new WeakMap<LetterContext, LetterFinding[][]>();
/** The letter's groups, made once per letter (a review or a batch compares many press documents with one). */
export function groupsOf(ctx: LetterContext, critical: readonly LetterFinding[]): LetterFinding[][] {
  let groups = groupsMemo.get(ctx);
  if (!groups) {
    groups = groupFindings(ctx, critical);
    groupsMemo.set(ctx, groups);
  }
  return groups;
}
