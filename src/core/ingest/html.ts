import { InputError } from "./decode.js";
import { blocksOf, type DomNode } from "./htmlText.js";

/**
 * Main-article extraction from a web page: Mozilla Readability over a linkedom DOM, after removing
 * what is never the article (navigation, share buttons, comments, related-article lists, cookie
 * banners, newsletter sign-ups). The text keeps the headline, the standfirst, paragraphs, list
 * items and quotations, as blank-line separated blocks; offsets point into this text.
 */
export interface HtmlExtraction {
  text: string;
  title?: string;
}

/** Class/id words naming page furniture rather than article text. */
const FURNITURE_WORDS = new Set([
  "share",
  "sharing",
  "social",
  "comment",
  "comments",
  "related",
  "newsletter",
  "cookie",
  "cookies",
  "consent",
  "promo",
  "advert",
  "advertisement",
  "ad",
  "ads",
  "breadcrumb",
  "breadcrumbs",
  "subscribe",
  "signup",
  "popular",
  "trending",
  "outbrain",
  "taboola",
  "sidebar",
  "menu",
  "navbar",
  "masthead",
  "skip",
]);
/** Elements that hold the article and must never be removed as furniture. */
const KEEP = new Set(["HTML", "BODY", "MAIN", "ARTICLE"]);
/** Class/id words naming a standfirst (the summary under a headline). */
const STANDFIRST_WORDS = new Set([
  "standfirst",
  "subtitle",
  "subheading",
  "dek",
  "lede",
  "strapline",
  "summary",
  "intro",
  "excerpt",
]);

interface El extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  remove(): void;
}

function words(el: El): string[] {
  return `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

/** Removes navigation, forms, asides, site headers/footers and anything classed as furniture. */
function removeFurniture(doc: El): void {
  for (const el of Array.from(
    doc.querySelectorAll(
      "script,style,noscript,template,iframe,svg,form,button,nav,aside,footer,dialog,[role=navigation],[role=banner],[role=contentinfo],[role=complementary],[role=dialog],[aria-hidden=true],[hidden]",
    ),
  )) {
    if (el.tagName === "HEADER" || KEEP.has(el.tagName)) continue;
    el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll("header"))) {
    // a page's own header (logo, menu) goes; an article's header (headline, standfirst) stays
    if (!hasAncestor(el, "ARTICLE") && !hasAncestor(el, "MAIN") && !el.querySelector("h1")) el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll("[class],[id]"))) {
    if (KEEP.has(el.tagName) || el.querySelector("article,main,h1")) continue;
    if (words(el).some((w) => FURNITURE_WORDS.has(w))) el.remove();
  }
}

function hasAncestor(el: El, tag: string): boolean {
  for (
    let p = (el as unknown as { parentElement: El | null }).parentElement;
    p;
    p = (p as unknown as { parentElement: El | null }).parentElement
  ) {
    if (p.tagName === tag) return true;
  }
  return false;
}

function clean(s: string | null | undefined): string {
  return (s ?? "").replace(/\s+/g, " ").trim();
}

function metaContent(doc: El, names: string[]): string {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"],meta[name="${n}"]`);
    const c = clean(el?.getAttribute("content"));
    if (c) return c;
  }
  return "";
}

function findStandfirst(doc: El): string {
  for (const el of Array.from(doc.querySelectorAll("[class],[id]"))) {
    if (el.tagName === "ARTICLE" || el.tagName === "MAIN" || el.tagName === "BODY") continue;
    const text = clean(el.textContent);
    if (text.length >= 30 && text.length <= 600 && words(el).some((w) => STANDFIRST_WORDS.has(w)))
      return text;
  }
  return metaContent(doc, ["og:description", "description", "twitter:description"]);
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * How deep elements may nest before the deeper tags are dropped (their text kept). Real pages nest a
 * few dozen levels; Readability's cleaning is quadratic in depth (16 s at 1,000 levels) and the DOM
 * walks recurse (a stack overflow at 10,000).
 */
export const MAX_HTML_DEPTH = 200;
const VOID_ELEMENTS = new Set(
  "area base br col embed hr img input link meta param source track wbr".split(" "),
);

/** `html` with every tag nested deeper than MAX_HTML_DEPTH removed, in one scan (not a regex over tags). */
export function capHtmlDepth(html: string): string {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  let dropped = false;
  for (let lt = html.indexOf("<"); lt >= 0; lt = html.indexOf("<", from)) {
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) break;
    const tag = html.slice(lt, gt + 1);
    const m = /^<(\/?)([a-zA-Z][\w-]*)/.exec(tag);
    let keep = true;
    if (m) {
      const name = (m[2] as string).toLowerCase();
      const closing = m[1] === "/";
      const selfClosing = VOID_ELEMENTS.has(name) || tag.endsWith("/>");
      if (closing) {
        keep = depth <= MAX_HTML_DEPTH;
        depth = Math.max(0, depth - 1);
      } else if (!selfClosing) {
        depth++;
        keep = depth <= MAX_HTML_DEPTH;
      }
    }
    out.push(html.slice(from, lt));
    if (keep) out.push(tag);
    else dropped = true;
    from = gt + 1;
  }
  if (!dropped) return html;
  out.push(html.slice(from));
  return out.join("");
}

export async function extractHtml(source: string, rawHtml: string): Promise<HtmlExtraction> {
  const html = capHtmlDepth(rawHtml);
  const [{ parseHTML }, { Readability }] = await Promise.all([
    import("linkedom"),
    import("@mozilla/readability"),
  ]);
  let blocks: string[];
  let title: string;
  try {
    const { document } = parseHTML(html);
    const doc = document as unknown as El;
    const headline =
      clean(doc.querySelector("article h1, main h1, h1")?.textContent) || metaContent(doc, ["og:title"]);
    removeFurniture(doc);
    const standfirst = findStandfirst(doc);
    const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
    let body: string[];
    if (article?.content) {
      const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      body = blocksOf((content as unknown as { body: DomNode }).body);
    } else {
      // Too little text for Readability to pick an article: take the cleaned page as it is.
      body = blocksOf((doc as unknown as { body: DomNode }).body ?? doc);
    }
    title = headline || clean(article?.title);
    const bodyKey = squash(body.join(" "));
    blocks = [];
    if (title && squash(body[0] ?? "") !== squash(title)) blocks.push(title);
    if (standfirst && !bodyKey.includes(squash(standfirst)) && squash(standfirst) !== squash(title))
      blocks.push(standfirst);
    blocks.push(...body);
  } catch (err) {
    throw new InputError(
      source,
      `an HTML page that could not be read (${clean((err as Error).message).slice(0, 120)})`,
    );
  }
  const text = blocks.join("\n\n");
  if (!text.trim()) throw new InputError(source, "an HTML page without article text");
  return { text, title: title || undefined };
}
