import type { ChangeObject } from "diff";
import { diffTokens, joinDiffTokens } from "./diffTokens.js";
import { dedupeWhiteSpace } from "./diffWhiteSpace.js";

/**
 * jsdiff's `diffWords(a, b, { ignoreCase: true, maxEditLength })` and `diffArrays(a, b, { maxEditLength })`
 * over interned token ids: the same parts, computed without jsdiff's per-step objects and case-folding string compares.
 *
 * jsdiff (kpdecker/jsdiff, `libesm/diff/base.js` `diffWithOptionsObj`) runs Myers' O(ND) greedy
 * search ("An O(ND) Difference Algorithm and Its Variations", 1986) forward from the start, keeping
 * on each diagonal k (old position − new position) the path that reaches furthest in the old text;
 * an insertion is taken from diagonal k+1 unless a deletion from k−1 reaches further, and once a path
 * touches the right or bottom edge the diagonals beyond it are no longer tried. Where several shortest
 * diffs exist the choice between them comes from exactly these rules, so they are reproduced step for
 * step (including jsdiff's pruning of dead paths): the parts are identical, not just as short.
 * The white-space clean-up of the parts is jsdiff's `wordDiff.postProcess` transcribed (diffWhiteSpace.ts); the tokens and
 * their joining are jsdiff's `wordDiff.tokenize` and `.join` read in one pass (diffTokens.ts, tested
 * against jsdiff's own), so token boundaries and white space cannot drift.
 *
 * What differs is the cost: each token is case-folded and interned to a small integer once, so a
 * step compares two integers; a path is four numbers in flat arrays, not two objects; and there is
 * no clock, so the result never depends on the machine's load. The common prefix is skipped before
 * the search (jsdiff's first snake does the same); the common suffix is not, because jsdiff does not
 * strip it and stripping it can pick a different one of several equally short diffs.
 */

/** An edit of the search: a token inserted from the new text or deleted from the old. */
const INSERT = 1;
const DELETE = 2;

/** The case-folded form jsdiff's `WordDiff.equals` compares under `ignoreCase`. */
const folded = (token: string): string => token.toLowerCase().trim();

/**
 * A text as the word diff reads it: its tokens (diffTokens.ts) and each token's case-folded key as a
 * number of `table`. A text diffed against many others (a letter sentence, against every press sentence
 * restating it) is read once (wordDiff.ts keeps the letter's, all numbered in one table). The other side
 * of a diff is then only looked up in the table: a token whose key the table lacks matches no token of
 * this side (the search only ever compares a token of one side with a token of the other).
 */
export interface WordSide {
  tokens: readonly string[];
  ids: Int32Array;
  table: Map<string, number>;
}

/** `text` read as a word side, its keys numbered in `table` (a new one unless given). */
export function wordSide(text: string, table: Map<string, number> = new Map()): WordSide {
  const tokens = diffTokens(text);
  return { tokens, ids: intern(tokens, table, folded), table };
}

/** Each token's id: equal ids exactly when the keys are equal (the comparison jsdiff makes of the tokens). */
function intern(
  tokens: readonly string[],
  ids: Map<string, number>,
  keyOf: (t: string) => string,
): Int32Array {
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const key = keyOf(tokens[i] as string);
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    out[i] = id;
  }
  return out;
}

/**
 * A lower bound on the edits any diff needs: tokens of either side the other cannot match, counted as
 * bags. Past the budget the search would end empty-handed after (tokens × budget) steps; it is not started.
 * Ids are below `distinct`; a negative id (a token of `b` that no token of `a` can match) is never shared.
 * The counts are scratch space kept between calls, valid where their stamp is this call's.
 */
let counts = new Int32Array(256);
let countStamps = new Int32Array(256);
let countStamp = 0;
function fewestEdits(a: Int32Array, b: Int32Array, distinct: number): number {
  if (counts.length < distinct) {
    counts = new Int32Array(2 * distinct);
    countStamps = new Int32Array(2 * distinct);
    countStamp = 0;
  }
  if (countStamp === 0x7fffffff) {
    countStamps.fill(0);
    countStamp = 0;
  }
  const stamp = ++countStamp;
  for (const id of a) {
    if (countStamps[id] !== stamp) {
      countStamps[id] = stamp;
      counts[id] = 0;
    }
    counts[id] = (counts[id] as number) + 1;
  }
  let shared = 0;
  for (const id of b) {
    if (id >= 0 && countStamps[id] === stamp && (counts[id] as number) > 0) {
      shared++;
      counts[id] = (counts[id] as number) - 1;
    }
  }
  return a.length + b.length - 2 * shared;
}

/**
 * The search's paths, four numbers each in one flat array: the path it extends (PARENT, −1 for the
 * first), the EDIT that made it (0 for the first), the last old-text index it has consumed (OLD_END,
 * −1 for none) after its RUN of equal tokens. The array is kept between calls and grown by doubling,
 * so a search allocates nothing per step (a call never re-enters another).
 */
const PARENT = 0;
const EDIT = 1;
const OLD_END = 2;
const RUN = 3;
const FIELDS = 4;
let paths = new Int32Array(FIELDS * 4096);
let pathCount = 0;

/** Extends a path by its run of equal tokens from (oldEnd, oldEnd − k) and records it; returns its index. */
function addPath(
  a: Int32Array,
  b: Int32Array,
  from: number,
  edit: number,
  oldEnd: number,
  k: number,
): number {
  let o = oldEnd;
  let n = o - k;
  while (n + 1 < b.length && o + 1 < a.length && a[o + 1] === b[n + 1]) {
    o++;
    n++;
  }
  if ((pathCount + 1) * FIELDS > paths.length) {
    const grown = new Int32Array(paths.length * 2);
    grown.set(paths);
    paths = grown;
  }
  const at = pathCount * FIELDS;
  paths[at + PARENT] = from;
  paths[at + EDIT] = edit;
  paths[at + OLD_END] = o;
  paths[at + RUN] = o - oldEnd;
  return pathCount++;
}

/** The last old-text index path `i` has consumed. */
const oldEndOf = (i: number): number => paths[i * FIELDS + OLD_END] as number;

/**
 * The path of jsdiff's search from `a` (old) to `b` (new), or −1 when it needs more than `maxEdits`
 * edits. Transcribes `diffWithOptionsObj`'s `execEditLength` over the ids (see the file's comment).
 */
function search(a: Int32Array, b: Int32Array, maxEdits: number): number {
  pathCount = 0;
  const oldLen = a.length;
  const newLen = b.length;
  const limit = Math.min(maxEdits, oldLen + newLen);
  const first = addPath(a, b, -1, 0, -1, 0);
  const firstOld = oldEndOf(first);
  if (firstOld + 1 >= oldLen && firstOld + 1 >= newLen) return first;
  // best[k + offset]: the furthest path on diagonal k, −1 for none (jsdiff's `bestPath`).
  const offset = limit + 2;
  const best = new Int32Array(2 * offset + 1).fill(-1);
  best[offset] = first;
  let minK = -Infinity;
  let maxK = Infinity;
  for (let d = 1; d <= limit; d++) {
    for (let k = Math.max(minK, -d); k <= Math.min(maxK, d); k += 2) {
      const del = best[k - 1 + offset] as number;
      const ins = best[k + 1 + offset] as number;
      if (del >= 0) best[k - 1 + offset] = -1;
      const insOld = ins >= 0 ? oldEndOf(ins) : 0;
      const canInsert = ins >= 0 && insOld - k >= 0 && insOld - k < newLen;
      const delOld = del >= 0 ? oldEndOf(del) : 0;
      const canDelete = del >= 0 && delOld + 1 < oldLen;
      if (!canInsert && !canDelete) {
        best[k + offset] = -1;
        continue;
      }
      const path =
        !canDelete || (canInsert && delOld < insOld)
          ? addPath(a, b, ins, INSERT, insOld, k)
          : addPath(a, b, del, DELETE, delOld + 1, k);
      const oldEnd = oldEndOf(path);
      const newEnd = oldEnd - k;
      if (oldEnd + 1 >= oldLen && newEnd + 1 >= newLen) return path;
      best[k + offset] = path;
      if (oldEnd + 1 >= oldLen) maxK = Math.min(maxK, k - 1);
      if (newEnd + 1 >= newLen) minK = Math.max(minK, k + 1);
    }
  }
  return -1;
}

/** A run of one kind of step: 0 kept, INSERT or DELETE; `count` tokens. */
interface Run {
  kind: number;
  count: number;
}

/** The path as jsdiff's components: its steps in order, runs of one kind merged (as `addToPath` merges). */
function runsOf(end: number): Run[] {
  const steps: number[] = []; // from the end backwards: 0 = one equal token
  for (let path = end; path >= 0; path = paths[path * FIELDS + PARENT] as number) {
    const edit = paths[path * FIELDS + EDIT] as number;
    for (let i = paths[path * FIELDS + RUN] as number; i > 0; i--) steps.push(0);
    if (edit !== 0) steps.push(edit);
  }
  const out: Run[] = [];
  for (let i = steps.length - 1; i >= 0; ) {
    const kind = steps[i] as number;
    let count = 0;
    while (i >= 0 && steps[i] === kind) {
      count++;
      i--;
    }
    out.push({ kind, count });
  }
  return out;
}

/** jsdiff's search over two id sequences: its runs, or undefined past `maxEdits` edits. */
function diffIds(a: Int32Array, b: Int32Array, distinct: number, maxEdits: number): Run[] | undefined {
  if (fewestEdits(a, b, distinct) > maxEdits) return undefined;
  const end = search(a, b, maxEdits);
  return end < 0 ? undefined : runsOf(end);
}

/** The runs as change objects, each valued by `join` of its tokens (kept and inserted ones: the new side's). */
function changeObjects<T, V>(
  runs: Run[],
  oldTokens: readonly T[],
  newTokens: readonly T[],
  join: (t: T[]) => V,
): ChangeObject<V>[] {
  const out: ChangeObject<V>[] = [];
  let oldPos = 0;
  let newPos = 0;
  for (const { kind, count } of runs) {
    const removed = kind === DELETE;
    const from = removed ? oldTokens.slice(oldPos, oldPos + count) : newTokens.slice(newPos, newPos + count);
    out.push({ value: join(from), added: kind === INSERT, removed, count });
    if (kind !== INSERT) oldPos += count;
    if (kind !== DELETE) newPos += count;
  }
  return out;
}

/**
 * The word diff from `oldText` to `newText`, case-insensitive, as jsdiff's
 * `diffWords(oldText, newText, { ignoreCase: true, maxEditLength: maxEdits })` gives it;
 * undefined when it needs more than `maxEdits` edits (word and punctuation tokens).
 */
export function diffWordsWithin(
  oldText: string | WordSide,
  newText: string,
  maxEdits: number,
): ChangeObject<string>[] | undefined {
  const old = typeof oldText === "string" ? wordSide(oldText) : oldText;
  const newTokens = diffTokens(newText);
  const newIds = new Int32Array(newTokens.length);
  for (let i = 0; i < newTokens.length; i++) newIds[i] = old.table.get(folded(newTokens[i] as string)) ?? -1;
  const runs = diffIds(old.ids, newIds, old.table.size, maxEdits);
  if (!runs) return undefined;
  return dedupeWhiteSpace(changeObjects(runs, old.tokens, newTokens, joinDiffTokens));
}

/**
 * The diff of two word lists (exact equality), as jsdiff's `diffArrays(oldWords, newWords, { maxEditLength:
 * maxEdits })` gives it; undefined when it needs more than `maxEdits` edits.
 */
export function diffArraysWithin(
  oldWords: string[],
  newWords: string[],
  maxEdits: number,
): ChangeObject<string[]>[] | undefined {
  const ids = new Map<string, number>();
  const same = (w: string) => w;
  const runs = diffIds(intern(oldWords, ids, same), intern(newWords, ids, same), ids.size, maxEdits);
  return runs && changeObjects(runs, oldWords, newWords, (t) => t);
}
