import type { Block } from "./blocks.js";
import { spaced } from "./spaced.js";

/**
 * End matter of a press release: after a line such as "Notes to editors", "Ends", "About Eastbury
 * Housing", "Media enquiries:" or "For more information…", the text describes the publisher, the
 * inspection framework or how to get in touch. It makes no claim about what the letter says, even
 * when it names the regulator ("The full report is on the inspectorate's website").
 */

/** A line that on its own opens end matter ("Notes to editors", "- Ends -", "Background"). */
const END_MATTER_LINE =
  /^[-–—#*\s]*(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?(?:['’]s?)?\s+notes?|ends|background(?:\s+information)?)[\s\-–—#*:.]*$/iu;

/** "About Northfield Trust", "About the Eastbury Housing Group": a heading naming an organisation (capitalised). */
const ABOUT_LINE =
  /^[-–—#*\s]*[Aa]bout\s+(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}'’&.-]*){0,5}[\s\-–—#*:.]*$/u;

/** A block that opens end matter by its first words, whatever follows ("Media enquiries: 01632 …"). */
const END_MATTER_OPENING =
  /^[-–—#*\s]*(?:(?:media|press)\s+(?:enquiries|inquiries|contacts?|office)\s*:|for\s+(?:more|further)\s+(?:information|details)\b)/iu;

/** The end matter starts only after the article has begun: its first blocks are the headline and lead. */
const MIN_BLOCKS_BEFORE = 2;

/**
 * Index of the first block of end matter in `blocks`, or `blocks.length` when there is none.
 * Everything from that block on is not a claim about the letter.
 */
export function endMatterStart(text: string, blocks: readonly Block[]): number {
  for (let b = MIN_BLOCKS_BEFORE; b < blocks.length; b++) {
    const block = blocks[b] as Block;
    const raw = text.slice(block.start, block.end);
    const body = spaced(raw);
    const lineEnd = raw.indexOf("\n");
    const firstLine = (lineEnd < 0 ? raw : raw.slice(0, lineEnd)).trim();
    const opens = (line: string) => END_MATTER_LINE.test(line) || ABOUT_LINE.test(line);
    if (opens(body) || opens(firstLine) || END_MATTER_OPENING.test(body)) return b;
  }
  return blocks.length;
}
