import { isWhiteSpaceCode } from "../text/whiteSpace.js";

/**
 * Whether `text` is already as `replace(/\s+/g, " ").trim()` makes it: its only white space single
 * spaces between words.
 */
function singleSpaced(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === text.length - 1 || text.charCodeAt(i - 1) === 0x20) return false;
    } else if (isWhiteSpaceCode(c)) return false;
  }
  return true;
}

/**
 * `text` with each run of white space one space, trimmed: `text.replace(/\s+/g, " ").trim()`, without
 * the copies when it is so already (most blocks and lines of a press text are one line).
 */
export function spaced(text: string): string {
  return singleSpaced(text) ? text : text.replace(/\s+/g, " ").trim();
}
