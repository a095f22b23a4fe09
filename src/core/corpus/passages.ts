/** Longest passage kept whole; a longer paragraph is cut after a sentence end before this length. */
const MAX_PASSAGE = 1200;
/** Shortest passage worth keeping (page numbers and stray headings say nothing a quotation could match). */
const MIN_PASSAGE = 20;

/**
 * A letter's passages as `[start, end)` offsets: its paragraphs (blocks between blank lines), long
 * ones cut after a full stop, question or exclamation mark followed by a space, so each passage is
 * a few sentences — what a quotation is looked up against. One left-to-right pass over the text.
 */
export function passageSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end - start >= MIN_PASSAGE) out.push({ start, end });
  };
  let start = 0;
  let lastStop = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n" && text[i + 1] === "\n") {
      push(start, i);
      start = i + 2;
      lastStop = -1;
      i++;
      continue;
    }
    if ((ch === "." || ch === "?" || ch === "!") && text[i + 1] === " ") lastStop = i + 1;
    if (i - start >= MAX_PASSAGE) {
      const cut = lastStop > start ? lastStop : i;
      push(start, cut);
      start = cut;
      lastStop = -1;
    }
  }
  push(start, text.length);
  return out;
}
