/**
 * The most edits the word diff of a quotation against a letter window may need before it gives up:
 * a window is the quotation's length plus eight words, so quotations of up to 96 words are always
 * diffed in full; a longer one whose window differs this much from it is aligned by alignInOrder.
 * The diff costs (window + quotation) × edits: without a bound, a 10 KB quotation took 17 s.
 */
export const MAX_DIFF_EDITS = 200;

/**
 * A cheaper alignment of the quoted words with a window, for when the diff runs over its budget: each
 * quoted word is matched to its next occurrence in the window within eight words of the last match,
 * in order. It finds a common subsequence, not always the longest, in time linear in the window.
 */
export function alignInOrder(
  window: string[],
  words: string[],
): Array<{ value: string[]; count: number; added?: boolean; removed?: boolean }> {
  const parts: Array<{ value: string[]; count: number; added?: boolean; removed?: boolean }> = [];
  const push = (value: string[], kind: "added" | "removed" | "same") => {
    if (value.length === 0) return;
    const last = parts[parts.length - 1];
    const lastKind = last?.added ? "added" : last?.removed ? "removed" : "same";
    if (last && lastKind === kind) {
      last.value.push(...value);
      last.count += value.length;
      return;
    }
    parts.push({
      value: [...value],
      count: value.length,
      ...(kind === "added" ? { added: true } : kind === "removed" ? { removed: true } : {}),
    });
  };
  let at = 0;
  for (const w of words) {
    let found = -1;
    for (let k = at; k < Math.min(window.length, at + 8); k++) {
      if (window[k] === w) {
        found = k;
        break;
      }
    }
    if (found < 0) {
      push([w], "added");
      continue;
    }
    push(window.slice(at, found), "removed");
    push([w], "same");
    at = found + 1;
  }
  push(window.slice(at), "removed");
  return parts;
}
