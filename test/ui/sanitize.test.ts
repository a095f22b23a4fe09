import { describe, expect, it } from "vitest";
import { sanitizeForTerminal, sanitizeLine } from "../../src/ui/sanitize.js";
import { sanitizeComparison } from "../../src/ui/sanitizeComparison.js";
import { hostileComparison, uiComparison } from "../fixtures/uiComparison.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe("sanitizeForTerminal", () => {
  it("leaves ordinary text, newlines and non-ASCII alone", () => {
    const text = "Ofsted said: “good” — café\nnext line";
    expect(sanitizeForTerminal(text)).toBe(text);
  });

  it("makes escape sequences visible and inert", () => {
    expect(sanitizeForTerminal("\u001b[2Jclear")).toBe("␛[2Jclear");
    expect(sanitizeForTerminal("\u001b]0;title\u0007")).toBe("␛]0;title␇");
  });

  it("replaces C1 controls, including the 8-bit CSI, and DEL", () => {
    expect(sanitizeForTerminal("a\u009b31mb\u0085c\u007f")).toBe("a\ufffd31mb\ufffdc␡");
  });

  it("turns tabs and CRLF into spaces and a lone CR into ␍", () => {
    expect(sanitizeForTerminal("a\tb\r\nc\rd")).toBe("a b \nc␍d");
  });

  it("keeps the length, so offsets stay valid", () => {
    const text = "x\u0000\u001b[1m\u0090\t\r\n\u007fy";
    expect(sanitizeForTerminal(text)).toHaveLength(text.length);
    expect(sanitizeForTerminal(text)).not.toMatch(CONTROL);
  });

  it("sanitizeLine also flattens newlines", () => {
    expect(sanitizeLine("a\nb\u001b")).toBe("a b␛");
  });
});

describe("sanitizeComparison", () => {
  it("cleans every drawn string and keeps offsets and shape", () => {
    const hostile = hostileComparison();
    const clean = sanitizeComparison(hostile);
    expect(JSON.stringify(clean)).not.toMatch(/\\u001b|\\u0007|\\u009b/);
    expect(clean.documents[0]?.source).toBe("press/evil␛[31m.txt");
    expect(clean.documents[0]?.findings[1]?.press.start).toBe(hostile.documents[0]?.findings[1]?.press.start);
    expect(sanitizeComparison(uiComparison)).toEqual(uiComparison);
  });
});
