/**
 * White space as JavaScript's `\s` reads it (ECMAScript WhiteSpace and LineTerminator): tab, line
 * tabulation, form feed, the byte-order mark, the space separators (Unicode Zs) and the line ends.
 */
export function isWhiteSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Whether `text.split(/\s+/)` has at least `n` pieces (a sentence has "at least four words"), counted
 * without making them: the pieces are one more than the runs of white space. The letter's sentences
 * are asked this by every rule that reads their tone, for every press sentence restating them.
 */
export function splitsIntoAtLeast(text: string, n: number): boolean {
  let pieces = 1;
  let inRun = false;
  for (let i = 0; i < text.length && pieces < n; i++) {
    const space = isWhiteSpaceCode(text.charCodeAt(i));
    if (space && !inRun) pieces++;
    inRun = space;
  }
  return pieces >= n;
}
