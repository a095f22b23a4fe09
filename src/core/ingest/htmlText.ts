/**
 * Plain text of a DOM subtree with its structure kept: each block element (paragraph, heading, list
 * item, quotation…) becomes its own blank-line separated block, list items get a "- " bullet, and a
 * block quotation without quotation marks gets them, so quoted words stay quoted. (Readability's
 * `textContent` glues blocks together on minified pages.)
 */

/** The parts of a DOM node this walk needs (linkedom's nodes have them). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const BLOCK = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TBODY",
  "THEAD",
  "TFOOT",
  "TR",
  "TD",
  "TH",
  "UL",
  "CAPTION",
]);
/** Never text: scripts, styles, media, and image captions (photo credits are not the article). */
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "IFRAME",
  "OBJECT",
  "CANVAS",
  "FIGCAPTION",
  "BUTTON",
  "SELECT",
  "HEAD",
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const OPENS_QUOTED = /^["“‘'«„]/u;

/** The blocks of text inside `root` (its children, in document order), white space collapsed. */
export function blocksOf(root: DomNode): string[] {
  const blocks: string[] = [];
  let current = "";
  const flush = (prefix = "") => {
    const text = current.replace(/[ \t\n\r\f\u00a0]+/g, " ").trim();
    if (text) blocks.push(prefix + text);
    current = "";
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === "BR") {
      current += " ";
      return;
    }
    if (name === "LI" || name === "BLOCKQUOTE") {
      flush();
      const inner = blocksOf(node);
      for (const b of inner) {
        if (name === "LI") blocks.push(/^- /.test(b) ? b : `- ${b}`);
        else blocks.push(OPENS_QUOTED.test(b) ? b : `“${b}”`);
      }
      return;
    }
    const isBlock = BLOCK.has(name);
    if (isBlock) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (isBlock) flush();
  };
  for (const child of Array.from(root.childNodes)) walk(child);
  flush();
  return blocks;
}
