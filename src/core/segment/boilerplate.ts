import { isWhiteSpaceCode } from "../text/whiteSpace.js";
import type { Sentence } from "../types.js";
import type { Block } from "./blocks.js";
import { spaced } from "./spaced.js";

/**
 * Site boilerplate in an article pasted or saved from a web page: menus and calls to action ("Share
 * this", "Contact us", "Subscribe"), cookie and copyright notices, rows of social network names, and
 * "other stories" teasers (a heading and a blurb followed by a "Read more" link). Such blocks are
 * marked so their sentences are furniture, never claims about the letter. Every rule looks at the
 * shape of the block, never at a particular site's wording.
 */

/** Short link and button labels: a whole block that is only one of these is navigation. */
const LINK_LABEL =
  /^(?:share(?: this(?: (?:article|story|page))?)?(?: on \w+)?|print(?: this)?|email(?: this)?|tweet|read (?:more|full story|the full (?:story|article))|more stories|related (?:articles|stories|content|news)|most (?:read|popular|viewed)|you (?:may|might) also like|recommended(?: for you)?|comments?(?: \(\d+\))?|leave a (?:comment|reply)|log ?in|sign (?:in|up)|register|subscribe(?: (?:now|today))?|contact(?: us)?|make an (?:enquiry|inquiry)|skip to (?:main )?content|back to top|menu|search|home|next|previous|next (?:article|story)|previous (?:article|story)|advertisement|sponsored(?: content)?|cookie (?:settings|policy|preferences)|privacy policy|terms(?: (?:and|&) conditions| of use)?|accept(?: all)?(?: cookies)?|reject(?: all)?|follow us(?: on \w+)?)[.!:]?$/i;

/** A block that opens by asking the reader to act (subscribe, donate, support a campaign, follow…). */
const CALL_TO_ACTION =
  /^(?:subscribe|sign up|register|donate|support our|join our|follow us|download our|click here|find out more|keep abreast|get (?:the latest|our)|don't miss|never miss)\b/i;

/** Cookie notices: "This site uses cookies … accept/consent/browsing". */
const COOKIE_NOTICE =
  /\bcookies?\b[\s\S]*\b(?:accept|consent|agree|continu\w* to (?:use|browse)|browsing|improve your experience|this (?:site|website))\b/i;

const COPYRIGHT = /(?:^|\s)(?:©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4})|\ball rights reserved\b/i;

const SOCIAL =
  /\b(?:facebook|twitter|linkedin|instagram|youtube|pinterest|whatsapp|tiktok|rss|threads|mastodon|bluesky)\b/gi;

/** Blocks of more words than this are article text, whatever they start with (except notices). */
const SHORT_BLOCK_WORDS = 30;
/** How far back a "Read more" link takes its teaser with it (heading and blurb paragraphs). */
const TEASER_BLOCKS = 4;

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** More words than any link label, call to action or notice below: only a row of network names is left to test. */
const LONG_BLOCK_WORDS = 80;

/**
 * The words of `text` (runs of non-space, as `\S+` reads them), counted only up to `atMost + 1`: a
 * megabyte of text with no line break is one block, and only whether it has more than `atMost` words
 * is asked of it.
 */
function wordsUpTo(text: string, atMost: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhiteSpaceCode(text.charCodeAt(i));
    if (!space && !inWord && ++n > atMost) return n;
    inWord = !space;
  }
  return n;
}

/** Is this one block, on its own, site boilerplate? */
export function isBoilerplateBlock(text: string): boolean {
  // A long block (a press text with no line breaks is one block of a megabyte) is not normalised
  // whole: with more than 80 words no link label (a few words), call to action (≤ 30 words) or
  // notice (≤ 80) can match, and the network names are counted on the text as it is (turning runs of
  // white space into one space moves no word boundary). The same answer as the test below.
  const n = wordsUpTo(text, LONG_BLOCK_WORDS);
  if (n > LONG_BLOCK_WORDS) {
    const social = text.match(SOCIAL)?.length ?? 0;
    return social >= 3 && social >= words(text) / 4;
  }
  // A block of n words, its white space made single spaces (the word count stays n).
  const t = spaced(text);
  if (!t) return false;
  if (LINK_LABEL.test(t)) return true;
  if (n <= SHORT_BLOCK_WORDS && CALL_TO_ACTION.test(t)) return true;
  if (n <= 80 && (COOKIE_NOTICE.test(t) || COPYRIGHT.test(t))) return true;
  const social = t.match(SOCIAL)?.length ?? 0;
  return social >= 3 && social >= n / 4;
}

/** Link labels that end an "other stories" teaser. */
const READ_MORE = /^(?:read (?:more|full story|the full (?:story|article))|continue reading|more)[.!:…]?$/i;

/** A teaser's title: a heading, or one short capitalised line ending in a word or "?" ("Who inspects care homes?"), not a clipped blurb. */
function isTitle(text: string, block: Block): boolean {
  const body = text.slice(block.start, block.end);
  return (
    block.role === "heading" ||
    (!body.includes("\n") && words(body) <= 12 && /^[\p{Lu}\p{N}].*[\p{L}\p{N}?!)]$/u.test(body))
  );
}

/**
 * Indexes of the blocks that are boilerplate: each one that is on its own, plus "other stories"
 * teasers — a "Read more" link takes the blocks before it back to (and including) the nearest
 * heading, within a few blocks.
 */
export function boilerplateBlocks(text: string, blocks: readonly Block[]): Set<number> {
  const marked = new Set<number>();
  blocks.forEach((b, i) => {
    const body = text.slice(b.start, b.end).trim();
    if (!isBoilerplateBlock(body)) return;
    marked.add(i);
    if (!READ_MORE.test(body)) return;
    // Without a heading close above, the link may belong to the article itself: mark only the link.
    for (let j = i - 1; j >= 0 && j >= i - TEASER_BLOCKS && !marked.has(j); j--) {
      if (!isTitle(text, blocks[j] as Block)) continue;
      for (let k = j; k < i; k++) marked.add(k);
      break;
    }
  });
  return marked;
}

/** The sentences with those in boilerplate blocks given the role `furniture` (not claims). */
export function markBoilerplate(text: string, blocks: readonly Block[], sentences: Sentence[]): Sentence[] {
  const marked = boilerplateBlocks(text, blocks);
  if (marked.size === 0) return sentences;
  return sentences.map((s) => (marked.has(s.block) ? { ...s, role: "furniture" } : s));
}
