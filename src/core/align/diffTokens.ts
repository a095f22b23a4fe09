import { isWhiteSpaceCode } from "../text/whiteSpace.js";

/**
 * jsdiff's word tokens (`wordDiff.tokenize` of diff 9, `libesm/diff/word.js`) and their joining
 * (`wordDiff.join`), read in one pass over the characters instead of a Unicode pattern, a `\s` test per
 * part and a pattern per joined token: the word diff of every restating claim and altered quotation
 * tokenises both texts, and that was a fifth of the diff's time. The tokens are the same strings
 * (test/core/align/diffTokens.test.ts compares them with jsdiff's on random texts).
 *
 * jsdiff's parts are runs of word characters (its `extendedWordChars`: ASCII letters, digits and `_`,
 * the soft hyphen and the Latin letters of U+00C0–U+1EFF, minus × ÷ and the spacing accents
 * U+02C7, U+02D8–U+02DD), runs of white space, and single other characters (a whole code point). A
 * white-space run is glued to the token before it, and also opens the token after it.
 */
function isWordCode(c: number): boolean {
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
  if (c < 0xc0) return c === 0xad;
  if (c <= 0x2ff) return c !== 0xd7 && c !== 0xf7 && c !== 0x2c7 && !(c >= 0x2d8 && c <= 0x2dd);
  return c >= 0x1e00 && c <= 0x1eff;
}

/** Whether `c` starts a surrogate pair with `next` (one code point, one part). */
function pairs(c: number, next: number): boolean {
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

export function diffTokens(text: string): string[] {
  const tokens: string[] = [];
  // jsdiff's `prevPart`: whether there was one, and whether it was white space (then its text).
  let hadPart = false;
  let prevSpace: string | undefined;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let end = i + 1;
    const space = isWhiteSpaceCode(c);
    if (space) while (end < text.length && isWhiteSpaceCode(text.charCodeAt(end))) end++;
    else if (isWordCode(c)) while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
    else if (end < text.length && pairs(c, text.charCodeAt(end))) end++;
    const part = text.slice(i, end);
    if (space) {
      if (!hadPart) tokens.push(part);
      else tokens.push(tokens.pop() + part);
      prevSpace = part;
    } else {
      if (prevSpace !== undefined) {
        if (tokens[tokens.length - 1] === prevSpace) tokens.push(tokens.pop() + part);
        else tokens.push(prevSpace + part);
      } else tokens.push(part);
      prevSpace = undefined;
    }
    hadPart = true;
    i = end;
  }
  return tokens;
}

/** jsdiff's `wordDiff.join`: the tokens end to end, each after the first without its leading white space. */
export function joinDiffTokens(tokens: readonly string[]): string {
  let out = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (i === 0) {
      out += t;
      continue;
    }
    let from = 0;
    while (from < t.length && isWhiteSpaceCode(t.charCodeAt(from))) from++;
    out += from === 0 ? t : t.slice(from);
  }
  return out;
}
