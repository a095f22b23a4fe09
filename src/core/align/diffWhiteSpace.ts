import type { ChangeObject } from "diff";
import { isWhiteSpaceCode } from "../text/whiteSpace.js";

/**
 * jsdiff's white-space clean-up of a word diff's parts (`wordDiff.postProcess` of diff 9,
 * `libesm/diff/word.js`, with no Intl segmenter), transcribed: between two kept parts a deletion and
 * an insertion lose the white space they repeat from their neighbours. Same steps and same strings as
 * jsdiff's; what differs is that white space is read by character code (jsdiff matches a `\s`
 * pattern against each character of a part's end), which was most of a word diff's clean-up time.
 * test/core/align/diffWhiteSpace.test.ts and tokenDiff.test.ts compare it with jsdiff's own.
 */
export function dedupeWhiteSpace<T extends ChangeObject<string>>(changes: T[]): T[] {
  let lastKeep: T | null = null;
  let insertion: T | null = null;
  let deletion: T | null = null;
  for (const change of changes) {
    if (change.added) insertion = change;
    else if (change.removed) deletion = change;
    else {
      if (insertion || deletion) dedupe(lastKeep, deletion, insertion, change);
      lastKeep = change;
      insertion = null;
      deletion = null;
    }
  }
  if (insertion || deletion) dedupe(lastKeep, deletion, insertion, null);
  return changes;
}

/** jsdiff's `dedupeWhitespaceInChangeObjects` (see its comments for the cases). */
function dedupe(
  startKeep: ChangeObject<string> | null,
  deletion: ChangeObject<string> | null,
  insertion: ChangeObject<string> | null,
  endKeep: ChangeObject<string> | null,
): void {
  if (deletion && insertion) {
    const oldWsPrefix = leadingWs(deletion.value);
    const oldWsSuffix = trailingWs(deletion.value);
    const newWsPrefix = leadingWs(insertion.value);
    const newWsSuffix = trailingWs(insertion.value);
    if (startKeep) {
      const commonWsPrefix = longestCommonPrefix(oldWsPrefix, newWsPrefix);
      startKeep.value = replaceSuffix(startKeep.value, newWsPrefix, commonWsPrefix);
      deletion.value = removePrefix(deletion.value, commonWsPrefix);
      insertion.value = removePrefix(insertion.value, commonWsPrefix);
    }
    if (endKeep) {
      const commonWsSuffix = longestCommonSuffix(oldWsSuffix, newWsSuffix);
      endKeep.value = replacePrefix(endKeep.value, newWsSuffix, commonWsSuffix);
      deletion.value = removeSuffix(deletion.value, commonWsSuffix);
      insertion.value = removeSuffix(insertion.value, commonWsSuffix);
    }
  } else if (insertion) {
    if (startKeep) insertion.value = insertion.value.substring(leadingWs(insertion.value).length);
    if (endKeep) endKeep.value = endKeep.value.substring(leadingWs(endKeep.value).length);
  } else if (deletion && startKeep && endKeep) {
    const newWsFull = leadingWs(endKeep.value);
    const delWsStart = leadingWs(deletion.value);
    const delWsEnd = trailingWs(deletion.value);
    const newWsStart = longestCommonPrefix(newWsFull, delWsStart);
    deletion.value = removePrefix(deletion.value, newWsStart);
    const newWsEnd = longestCommonSuffix(removePrefix(newWsFull, newWsStart), delWsEnd);
    deletion.value = removeSuffix(deletion.value, newWsEnd);
    endKeep.value = replacePrefix(endKeep.value, newWsFull, newWsEnd);
    startKeep.value = replaceSuffix(
      startKeep.value,
      newWsFull,
      newWsFull.slice(0, newWsFull.length - newWsEnd.length),
    );
  } else if (deletion && endKeep) {
    const overlap = maximumOverlap(trailingWs(deletion.value), leadingWs(endKeep.value));
    deletion.value = removeSuffix(deletion.value, overlap);
  } else if (deletion && startKeep) {
    const overlap = maximumOverlap(trailingWs(startKeep.value), leadingWs(deletion.value));
    deletion.value = removePrefix(deletion.value, overlap);
  }
}

function leadingWs(s: string): string {
  let i = 0;
  while (i < s.length && isWhiteSpaceCode(s.charCodeAt(i))) i++;
  return s.substring(0, i);
}

function trailingWs(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && isWhiteSpaceCode(s.charCodeAt(i))) i--;
  return s.substring(i + 1);
}

function longestCommonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

function longestCommonSuffix(a: string, b: string): string {
  if (!a || !b || a[a.length - 1] !== b[b.length - 1]) return "";
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - (i + 1)] === b[b.length - (i + 1)]) i++;
  return a.slice(-i);
}

/** jsdiff throws on a string without the prefix ("this is a bug"): so does this transcription. */
function replacePrefix(s: string, oldPrefix: string, newPrefix: string): string {
  if (s.slice(0, oldPrefix.length) !== oldPrefix) throw new Error("diff clean-up: prefix not found");
  return newPrefix + s.slice(oldPrefix.length);
}

function replaceSuffix(s: string, oldSuffix: string, newSuffix: string): string {
  if (!oldSuffix) return s + newSuffix;
  if (s.slice(-oldSuffix.length) !== oldSuffix) throw new Error("diff clean-up: suffix not found");
  return s.slice(0, -oldSuffix.length) + newSuffix;
}

function removePrefix(s: string, prefix: string): string {
  return replacePrefix(s, prefix, "");
}

function removeSuffix(s: string, suffix: string): string {
  return replaceSuffix(s, suffix, "");
}

/** The longest end of `a` that begins `b`, as jsdiff finds it (Knuth–Morris–Pratt over `b`). */
function maximumOverlap(a: string, b: string): string {
  const startA = a.length > b.length ? a.length - b.length : 0;
  const endB = a.length < b.length ? a.length : b.length;
  const map: number[] = new Array(endB);
  let k = 0;
  map[0] = 0;
  for (let j = 1; j < endB; j++) {
    map[j] = b[j] === b[k] ? (map[k] as number) : k;
    while (k > 0 && b[j] !== b[k]) k = map[k] as number;
    if (b[j] === b[k]) k++;
  }
  k = 0;
  for (let i = startA; i < a.length; i++) {
    while (k > 0 && a[i] !== b[k]) k = map[k] as number;
    if (a[i] === b[k]) k++;
  }
  return b.slice(0, k);
}
