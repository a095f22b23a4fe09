/**
 * The command a mistyped one most likely meant ("chek" → "check"), by edit distance, when it is close
 * enough to be a typo (at most a third of its letters wrong); undefined otherwise. Inputs are short
 * command names, so the quadratic table is tiny.
 */
export function closestCommand(typed: string, commands: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of commands) {
    const distance = editDistance(typed.toLowerCase(), name);
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : undefined;
}

/** Levenshtein distance, one row at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}
