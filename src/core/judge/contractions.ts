/**
 * Spells out negative contractions ("doesn't" → "does not", "can't" → "can not", "won't" → "will
 * not") so the criticism markers, which are written with a free-standing "not", read informal
 * letters too ("The trust isn't recording falls consistently"). For matching only: the result is
 * never used for offsets (it is longer than the input), and callers keep offsets into the original.
 */
export function expandContractions(text: string): string {
  if (!/n['’]?t\b|cannot/i.test(text)) return text; // none here: most sentences
  return text
    .replace(/\bcan['’]t\b/gi, (m) => `${m.slice(0, 2)}n not`)
    .replace(/\bcannot\b/gi, (m) => `${m.slice(0, 3)} not`)
    .replace(/\bwon['’]t\b/gi, (m) => `${m[0]}ill not`)
    .replace(/\bshan['’]t\b/gi, (m) => `${m.slice(0, 3)}ll not`)
    .replace(/\b(\w+)n['’]t\b/gi, "$1 not");
}
