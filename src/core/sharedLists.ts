/**
 * One frozen copy of each distinct short list of a press document's findings — their flags, their rule
 * ids, their letter spans. Most findings carry one of a few such lists (no flags; one rule; no letter
 * source), and a copy per finding costs an array of 32 bytes or more: about a tenth of what a finding
 * keeps (docs/limits.md, "Memory"). A shared list is frozen, so no reader can change one finding's list
 * through another's.
 *
 * The lists met are remembered up to MAX_SHARED distinct ones per document; past that a list is still
 * frozen but no longer remembered, so a document whose lists never repeat keeps nothing extra.
 */

const MAX_SHARED = 4096;

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * A function that returns the shared, frozen list equal to the one given (items equal when `keyOf`
 * gives the same key; the first list met with a key is the one kept).
 */
export function listSharer<T>(keyOf: (item: T) => string): (list: readonly T[]) => T[] {
  const shared = new Map<string, readonly T[]>();
  return (list) => {
    if (list.length === 0) return EMPTY as unknown as T[];
    let key = "";
    for (const item of list) key += `${keyOf(item)}\u0000`;
    const known = shared.get(key);
    if (known) return known as T[];
    const kept = Object.isFrozen(list) ? list : Object.freeze([...list]);
    if (shared.size < MAX_SHARED) shared.set(key, kept);
    return kept as T[];
  };
}
