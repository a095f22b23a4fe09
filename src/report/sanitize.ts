/**
 * Text hygiene shared by every renderer. Document text comes from the web and from PDFs: it may hold
 * terminal escape sequences, stray control characters or markup, and must reach a terminal, a
 * spreadsheet or a browser as inert text. Sanitise pieces AFTER slicing them by offset: stripping
 * changes lengths, so it must never run on a text that offsets still point into.
 */

/**
 * Terminal escape sequences, removed whole (not just their ESC byte, which would leave "[31m" behind):
 * - CSI: ESC [ parameters intermediates final-byte (colours, cursor moves), and its 8-bit form 0x9B;
 * - OSC: ESC ] … ended by BEL or ESC \ (window titles, hyperlinks), and its 8-bit form 0x9D;
 * - DCS/SOS/PM/APC strings: ESC P|X|^|_ … ESC \;
 * - any other ESC with its intermediates and final byte (ESC c, ESC ( B …).
 * String-type sequences stop at a line break when unterminated, so a stray ESC ] cannot eat a document.
 */
const ESCAPE_SEQUENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b\n]*(?:\u0007|\u001b\\)?|\u009d[^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?|\u001b[PX^_][^\u001b\n]*(?:\u001b\\)?|\u001b[ -/]*[0-~]?/g;

/** Line-breaking controls become "\n" so the words on either side stay apart (\f is a PDF page break). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const LINE_BREAK_CONTROLS = /\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g;

/** C0 controls except \t and \n, DEL, and C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * Bidirectional embedding, override and isolate controls: they can make a terminal or a page show
 * text in an order other than the one it has ("Trojan Source"). Right-to-left text (Arabic, Hebrew)
 * needs none of them; the marks U+200E/U+200F are kept.
 */
const BIDI_OVERRIDES = /[\u202a-\u202e\u2066-\u2069]/g;

/** Removes terminal escape sequences and control characters, keeping "\n" and "\t". */
export function stripControlChars(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, "")
    .replace(LINE_BREAK_CONTROLS, "\n")
    .replace(CONTROL_CHARACTERS, "")
    .replace(BIDI_OVERRIDES, "");
}

/**
 * JSON text with every bidi control written as its \u escape: the parsed value is the same (offsets
 * into the text still hold), but the bytes a terminal or an editor shows carry no raw override.
 * The controls can only stand inside JSON strings, where the escape is valid.
 */
export function jsonWithoutBidi(json: string): string {
  return json.replace(BIDI_OVERRIDES, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const HTML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes the five characters that matter in HTML text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}
