/**
 * Every match of a global pattern, as `text.matchAll(re)` gives them, found by `exec` on the pattern
 * itself. `matchAll` first copies the pattern (a new RegExp object each call) and walks an iterator:
 * for the short sentences the lexicons are run over — several patterns per press sentence — that was
 * more than the matching. Like `matchAll`, it starts at the pattern's `lastIndex`, steps past an empty
 * match by one character (one code point with the u or v flag), and leaves `lastIndex` as it found it.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError("allMatches needs a pattern with the g flag");
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m);
      if (m[0] === "") re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes("v"));
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

/** The index after `i`: past a whole surrogate pair when the pattern reads code points. */
function nextIndex(text: string, i: number, codePoints: boolean): number {
  if (!codePoints || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
