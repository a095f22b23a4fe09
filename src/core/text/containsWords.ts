/**
 * Whether `needle` stands in `hay` as whole words: found with `indexOf` (no pattern is built from a
 * document's text), with no letter or digit just before or after it. Exact: callers fold case first
 * when they mean to ignore it. An empty needle is in nothing.
 */
export function containsWords(hay: string, needle: string): boolean {
  if (needle.length === 0) return false;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (!isWordChar(hay[at - 1]) && !isWordChar(hay[at + needle.length])) return true;
  }
  return false;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}
