/**
 * Makes untrusted text safe to draw in a terminal. Documents come from the web and from PDFs: an ESC or
 * C1 control in them could move the cursor, clear the screen, retitle the window or worse. Every code
 * unit is replaced by exactly one code unit, so `[start, end)` offsets into the text stay valid.
 *
 * - newline is kept;
 * - tab becomes a space (Ink measures a tab as zero columns, which breaks the layout);
 * - CR before LF becomes a space (Windows line ends), a lone CR becomes ␍;
 * - other C0 controls become their Control Pictures (ESC → ␛, BEL → ␇), DEL becomes ␡, so a reviewer
 *   sees that something was there;
 * - C1 controls (U+0080–U+009F, including the 8-bit CSI U+009B) become U+FFFD.
 */
export function sanitizeForTerminal(text: string): string {
  // Fast path: most text has nothing to replace.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  if (!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\t]/.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) out += "\n";
    else if (code === 0x09) out += " ";
    else if (code === 0x0d) out += text.charCodeAt(i + 1) === 0x0a ? " " : "\u240d";
    else if (code < 0x20) out += String.fromCharCode(0x2400 + code);
    else if (code === 0x7f) out += "\u2421";
    else if (code >= 0x80 && code <= 0x9f) out += "\ufffd";
    else out += text[i];
  }
  return out;
}

/** For one-line fields (notes, paths, names): also turns newlines into spaces. */
export function sanitizeLine(text: string): string {
  return sanitizeForTerminal(text).replace(/\n/g, " ");
}
