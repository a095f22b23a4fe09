import { FLAGS, type Flag, KINDS, type Kind } from "../core/types.js";

/** Highlight colour per kind: greens/blues for faithful use, warm colours for discrepancies. */
export const KIND_COLOURS: Readonly<Record<Kind, string>> = {
  "quote-exact": "#c8ecc8",
  copied: "#c6e9e1",
  paraphrase: "#d6e4fa",
  "not-checked": "#ececec",
  overstated: "#fff09a",
  "quote-altered": "#ffd29a",
  unsupported: "#f5c6ec",
  "quote-not-found": "#ffb8b8",
};

/** Each flag draws a different line so several flags on one finding stay distinguishable. */
export const FLAG_STYLES: Readonly<Record<Flag, string>> = {
  selective: "border-bottom: 2px dashed #6a3fc8;",
  overgeneralised: "text-decoration: underline wavy #b3261e; text-decoration-skip-ink: none;",
  understated: "border-top: 2px dotted #1f6f8b;",
  misattributed: "outline: 1px dotted #444; outline-offset: 1px;",
};

const kindRules = KINDS.map(
  (kind) =>
    `.kind-${kind} > mark, .swatch.kind-${kind}, tr.kind-${kind} > td.kind { background: ${KIND_COLOURS[kind]}; }`,
).join("\n");
const flagRules = FLAGS.map(
  (flag) => `.flag-${flag} > mark, .swatch.flag-${flag} { ${FLAG_STYLES[flag]} }`,
).join("\n");

/** The whole stylesheet, inlined into the report (no external resources). */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #d0d4d9; }
* { box-sizing: border-box; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", sans-serif;
  color: var(--ink); margin: 0 auto; padding: 1.5rem 2rem 4rem; max-width: 72rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .5rem; border-bottom: 2px solid var(--rule); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
.subtitle { color: var(--muted); margin: 0 0 1rem; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--rule); padding: .35rem .5rem; vertical-align: top; text-align: start; overflow-wrap: anywhere; }
th { background: #f4f5f7; font-weight: 600; }
table.summary { width: auto; }
table.summary td.number { text-align: end; font-variant-numeric: tabular-nums; }
.legend { display: grid; grid-template-columns: repeat(auto-fill, minmax(21rem, 1fr)); gap: .25rem 1.5rem;
  border: 1px solid var(--rule); border-radius: 6px; padding: .75rem 1rem; background: #fafbfc; }
.legend h2 { grid-column: 1 / -1; margin: 0 0 .25rem; border: 0; font-size: 1rem; }
.legend p { margin: 0; font-size: .9rem; }
.swatch { display: inline-block; padding: 0 .35rem; border-radius: 3px; font: .85em ui-monospace, Menlo, Consolas, monospace; }
.different-document-note { border-left: 4px solid #d93025; background: #fdecea; padding: .5rem .75rem; }
.press-text { white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; border: 1px solid var(--rule);
  border-radius: 6px; padding: 1rem 1.25rem; background: #fff; font-size: 1rem; line-height: 1.8; }
.finding { position: relative; cursor: help; }
.finding:focus { outline: 2px solid #1a73e8; outline-offset: 2px; }
.finding > mark { color: inherit; border-radius: 2px; padding: 0 1px; }
.finding-popup { display: none; position: absolute; z-index: 10; left: 0; top: 100%; width: min(34rem, 80vw);
  white-space: normal; line-height: 1.45; font-size: .9rem; background: #fff; border: 1px solid #9aa0a6;
  border-radius: 6px; padding: .6rem .8rem; box-shadow: 0 4px 16px rgba(0,0,0,.18); cursor: auto; }
.finding:hover > .finding-popup, .finding:focus > .finding-popup, .finding:focus-within > .finding-popup { display: block; }
.finding-popup > span, .finding-popup > a { display: block; margin: .2rem 0; }
.popup-label { font-weight: 600; }
.letter-quote { display: block; border-left: 3px solid var(--rule); padding-left: .5rem; margin: .2rem 0; }
del { background: #ffd7d5; color: #8a1c12; }
ins { background: #d3f5d0; color: #135e13; text-decoration: none; font-weight: 600; }
tr:target { outline: 3px solid #1a73e8; }
tr.discrepancy > td.number { font-weight: 700; }
td.number { text-align: end; white-space: nowrap; }
td.kind { white-space: nowrap; overflow-wrap: normal; font-size: .9rem; }
.diff { margin-top: .35rem; font-size: .9rem; }
.review { font-size: .9rem; }
/* The Review column: wide enough for "confirmed"/"dismissed" and a note's words, never broken mid-word
   (a word longer than the column, a URL say, may still wrap rather than overflow). */
td.review { min-width: 11rem; overflow-wrap: break-word; word-break: normal; hyphens: none; }
.omissions li { margin: .25rem 0; }
.reason { color: var(--muted); }
.rules { display: block; color: var(--muted); font-size: .8rem; font-family: ui-monospace, monospace; }
.closest { margin-top: .35rem; font-size: .9rem; color: var(--muted); }
${kindRules}
${flagRules}
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .finding-popup { display: none !important; }
  .finding { cursor: auto; }
  .document { break-before: page; }
  .press-text { border: 0; padding: 0; }
  tr, li, .legend p { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
