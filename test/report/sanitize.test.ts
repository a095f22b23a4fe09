import { describe, expect, it } from "vitest";
import { escapeHtml, stripControlChars } from "../../src/report/sanitize.js";

describe("stripControlChars", () => {
  it("removes whole ANSI CSI sequences, not just the ESC byte", () => {
    expect(stripControlChars("\u001b[31mRED\u001b[0m and \u001b[1;4mbold\u001b[m")).toBe("RED and bold");
  });

  it("removes OSC sequences ended by BEL or ST, including hyperlinks", () => {
    expect(stripControlChars("a\u001b]0;pwned\u0007b")).toBe("ab");
    expect(stripControlChars("\u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\")).toBe("link");
  });

  it("stops an unterminated OSC at the line break so it cannot swallow the document", () => {
    expect(stripControlChars("x\u001b]title\nrest of the article")).toBe("x\nrest of the article");
  });

  it("removes 8-bit CSI, other ESC sequences, C0 and C1 controls and DEL", () => {
    expect(stripControlChars("\u009b31mA\u001bcB\u001b(BC\u0000D\u0007E\u007fF\u0085G\u0090H")).toBe(
      "ABCDEF\nGH",
    );
  });

  it("keeps \\n and \\t and turns CR, CRLF, VT and FF into line breaks", () => {
    expect(stripControlChars("a\tb\nc\r\nd\re\u000cf\u000bg")).toBe("a\tb\nc\nd\ne\nf\ng");
  });

  it("removes bidi overrides but keeps Arabic, Chinese and emoji intact", () => {
    const text = "رعاية ممتازة 非常好的护理 👵🏽 🎉";
    expect(stripControlChars(`\u202e${text}\u2066`)).toBe(text);
    expect(stripControlChars("\u200fمرحبا")).toBe("\u200fمرحبا");
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
    );
  });

  it("turns script and attribute break-outs into text", () => {
    expect(escapeHtml('<script>alert(1)</script>"><img src=x onerror=alert(1)>')).toBe(
      "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
    );
  });
});
